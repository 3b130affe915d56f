using ClassicCv.Torch.Native;

namespace ClassicCv.Torch.Tests.Native;

public sealed class ElfVersionPatchTests
{
    private static string NativeFile(string name) => Path.Combine(LibTorchLoader.NativeFolder, name);

    [Fact]
    public void Given_the_shipped_bridge_When_making_glibcxx_3_4_32_weak_Then_exactly_one_byte_changes_by_the_weak_flag()
    {
        var original = File.ReadAllBytes(NativeFile("libLibTorchSharp.so"));
        var patched = (byte[])original.Clone();

        var found = ElfVersionPatch.MakeWeak(patched, "GLIBCXX_3.4.32");

        Assert.True(found);
        var changed = Enumerable.Range(0, original.Length).Where(i => original[i] != patched[i]).ToArray();
        var at = Assert.Single(changed);
        Assert.Equal(original[at] | 0x2, patched[at]);
    }

    [Fact]
    public void Given_a_library_without_that_requirement_When_patching_Then_it_reports_nothing_found_and_changes_nothing()
    {
        var original = File.ReadAllBytes(NativeFile("libc10.so"));
        var patched = (byte[])original.Clone();

        Assert.False(ElfVersionPatch.MakeWeak(patched, "GLIBCXX_3.4.32"));
        Assert.Equal(original, patched);
    }

    [Fact]
    public void Given_a_file_that_is_not_elf_When_patching_Then_it_says_so()
    {
        var error = Assert.Throws<InvalidDataException>(() => ElfVersionPatch.MakeWeak(new byte[128], "GLIBCXX_3.4.32"));

        Assert.Contains("ELF64", error.Message, StringComparison.Ordinal);
    }
}
