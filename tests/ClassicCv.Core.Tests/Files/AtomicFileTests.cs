using ClassicCv.Files;
using ClassicCv.TestSupport;

namespace ClassicCv.Core.Tests.Files;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Given_a_writer_that_fails_When_writing_Then_the_old_file_is_untouched_and_no_temporary_is_left()
    {
        var path = _temp.File("out/metrics.csv");
        AtomicFile.WriteAllText(path, "old");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.WriteByte((byte)'n');
            throw new InvalidOperationException("disk full");
        }));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void Given_text_When_writing_Then_it_is_utf8_without_a_byte_order_mark()
    {
        var path = _temp.File("a.txt");

        AtomicFile.WriteAllText(path, "猫");

        Assert.Equal([0xE7, 0x8C, 0xAB], File.ReadAllBytes(path));
    }
}
