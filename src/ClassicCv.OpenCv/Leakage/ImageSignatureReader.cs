using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using ClassicCv.Datasets;
using ClassicCv.Leakage;
using ClassicCv.OpenCv.Imaging;
using OpenCvSharp;
using OpenCvSharp.ImgHash;

namespace ClassicCv.OpenCv.Leakage;

/// <summary>
/// Makes the leakage audit's <see cref="ImageSignatures"/> in one streamed pass over the images (colour, on all
/// cores): the first 64 bits of the SHA-256 of the decoded pixels (with width, height and channels), OpenCV's
/// img_hash pHash (64 bits: the signs of a 32 × 32 DCT's low frequencies against their median), and a 16 × 16
/// area-averaged grayscale copy.
/// </summary>
public static class ImageSignatureReader
{
    /// <summary>The signatures of <paramref name="items"/>; images that fail to decode get none.</summary>
    /// <param name="streamer">Decodes the images.</param>
    /// <param name="dataset">The dataset.</param>
    /// <param name="items">Dataset item indices.</param>
    public static ImageSignatures Read(ImageStreamer streamer, ImageDataset dataset, IReadOnlyList<int> items)
    {
        ArgumentNullException.ThrowIfNull(streamer);
        ArgumentNullException.ThrowIfNull(items);
        var content = new ulong[items.Count];
        var perceptual = new ulong[items.Count];
        var copies = new float[items.Count * ImageSignatures.Pixels];
        var failed = streamer.ForEach(dataset, items, ImageReadMode.Color, () => new Worker(), (worker, position, image) =>
            worker.Sign(image, out content[position], out perceptual[position], copies.AsSpan(position * ImageSignatures.Pixels, ImageSignatures.Pixels)));
        if (failed.Count == 0)
        {
            return new ImageSignatures(items, content, perceptual, copies);
        }

        var kept = Enumerable.Range(0, items.Count).Where(p => !failed.ContainsKey(p)).ToArray();
        var keptCopies = new float[kept.Length * ImageSignatures.Pixels];
        for (var k = 0; k < kept.Length; k++)
        {
            copies.AsSpan(kept[k] * ImageSignatures.Pixels, ImageSignatures.Pixels).CopyTo(keptCopies.AsSpan(k * ImageSignatures.Pixels));
        }

        return new ImageSignatures(kept.Select(p => items[p]).ToArray(), kept.Select(p => content[p]).ToArray(), kept.Select(p => perceptual[p]).ToArray(), keptCopies);
    }

    private sealed class Worker : IDisposable
    {
        private readonly PHash _hash = PHash.Create();
        private readonly Mat _gray = new();
        private readonly Mat _small = new();
        private readonly Mat _hashBits = new();
        private readonly byte[] _grey = new byte[ImageSignatures.Pixels];
        private byte[] _pixels = [];

        public void Sign(Mat image, out ulong contentHash, out ulong perceptualHash, Span<float> copy)
        {
            using var continuous = image.IsContinuous() ? null : image.Clone();
            var source = continuous ?? image;
            var length = checked((int)(source.Total() * source.ElemSize()));
            if (_pixels.Length != length + 12)
            {
                _pixels = new byte[length + 12];
            }

            BinaryPrimitives.WriteInt32LittleEndian(_pixels, source.Width);
            BinaryPrimitives.WriteInt32LittleEndian(_pixels.AsSpan(4), source.Height);
            BinaryPrimitives.WriteInt32LittleEndian(_pixels.AsSpan(8), source.Channels());
            Marshal.Copy(source.Data, _pixels, 12, length);
            contentHash = BinaryPrimitives.ReadUInt64LittleEndian(SHA256.HashData(_pixels));

            _hash.Compute(source, _hashBits);
            _hashBits.GetArray(out byte[] bits);
            perceptualHash = BinaryPrimitives.ReadUInt64LittleEndian(bits);

            var gray = source;
            if (source.Channels() == 3)
            {
                Cv2.CvtColor(source, _gray, ColorConversionCodes.BGR2GRAY);
                gray = _gray;
            }

            Cv2.Resize(gray, _small, new Size(ImageSignatures.Side, ImageSignatures.Side), 0, 0,
                gray.Width >= ImageSignatures.Side && gray.Height >= ImageSignatures.Side ? InterpolationFlags.Area : InterpolationFlags.Linear);
            Marshal.Copy(_small.Data, _grey, 0, ImageSignatures.Pixels);
            for (var i = 0; i < ImageSignatures.Pixels; i++)
            {
                copy[i] = _grey[i];
            }
        }

        public void Dispose()
        {
            _hash.Dispose();
            _gray.Dispose();
            _small.Dispose();
            _hashBits.Dispose();
        }
    }
}
