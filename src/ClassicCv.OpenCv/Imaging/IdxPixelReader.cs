using ClassicCv.Datasets.Readers;

namespace ClassicCv.OpenCv.Imaging;

/// <summary>
/// Reads images of one IDX file front to back (gzip streams cannot seek); asking for an earlier
/// image reopens the file. Not thread-safe: <see cref="ImageStreamer"/> calls it under its lock, in item order.
/// </summary>
internal sealed class IdxPixelReader : IDisposable
{
    private readonly string _path;
    private readonly int _headerSize;
    private readonly int _imageSize;
    private Stream? _stream;
    private long _nextIndex;

    public IdxPixelReader(string path, int rows, int columns)
    {
        _path = path;
        _headerSize = 16;
        _imageSize = rows * columns;
    }

    /// <summary>Reads image <paramref name="index"/> into a new array of rows × columns bytes.</summary>
    public byte[] Read(int index)
    {
        if (_stream is null || index < _nextIndex)
        {
            _stream?.Dispose();
            _stream = new BufferedStream(IdxFile.OpenData(_path), 1 << 16);
            _stream.ReadExactly(new byte[_headerSize]);
            _nextIndex = 0;
        }

        var skip = (index - _nextIndex) * _imageSize;
        if (skip > 0)
        {
            var buffer = new byte[Math.Min(skip, 1 << 16)];
            while (skip > 0)
            {
                var chunk = (int)Math.Min(skip, buffer.Length);
                _stream.ReadExactly(buffer, 0, chunk);
                skip -= chunk;
            }
        }

        var pixels = new byte[_imageSize];
        _stream.ReadExactly(pixels);
        _nextIndex = index + 1;
        return pixels;
    }

    public void Dispose() => _stream?.Dispose();
}
