using System.Runtime.InteropServices;
using ClassicCv.Torch.Native;
using TorchSharp;

namespace ClassicCv.Torch.Tests.Native;

public sealed class LibTorchLoaderTests
{
    [Fact]
    public void Given_this_host_When_loading_Then_the_copy_is_patched_only_if_the_cpp_runtime_lacks_glibcxx_3_4_32_and_torch_works()
    {
        var outcome = LibTorchLoader.EnsureLoaded();
        torch.set_num_threads(1);
        using var sum = torch.arange(4, torch.float32).sum();

        Assert.Equal(6f, sum.item<float>());
        if (HostHasGlibcxx3432())
        {
            Assert.Equal("as shipped", outcome);
        }
        else
        {
            Assert.StartsWith("patched copy ", outcome, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Given_a_patched_copy_already_written_When_asking_again_Then_the_same_file_is_reused()
    {
        using var folder = new TempFolder();
        var original = Path.Combine(LibTorchLoader.NativeFolder, "libLibTorchSharp.so");

        var first = LibTorchLoader.PatchedCopy(original, folder.Path);
        var written = File.GetLastWriteTimeUtc(first);
        var second = LibTorchLoader.PatchedCopy(original, folder.Path);

        Assert.Equal(first, second);
        Assert.Equal(written, File.GetLastWriteTimeUtc(second));
        Assert.Equal(new FileInfo(original).Length, new FileInfo(first).Length);
    }

    private static bool HostHasGlibcxx3432()
    {
        var handle = NativeLibrary.Load("libstdc++.so.6");
        return DlVSym(handle, "_ZSt21ios_base_library_initv", "GLIBCXX_3.4.32") != IntPtr.Zero;
    }

    [DllImport("libc", EntryPoint = "dlvsym")]
    private static extern IntPtr DlVSym(IntPtr handle, [MarshalAs(UnmanagedType.LPStr)] string symbol, [MarshalAs(UnmanagedType.LPStr)] string version);
}
