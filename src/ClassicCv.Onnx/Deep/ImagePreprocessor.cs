using System.Runtime.InteropServices;
using ClassicCv.OpenCv.Imaging;
using OpenCvSharp;

namespace ClassicCv.Onnx.Deep;

/// <summary>Turns a decoded image into one image of a network's NCHW input tensor, as <see cref="NetInput"/> says.</summary>
public sealed class ImagePreprocessor
{
    private readonly NetInput _input;

    /// <summary>Creates a preprocessor.</summary>
    /// <param name="input">The network's input description.</param>
    public ImagePreprocessor(NetInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        _input = input.Validated();
    }

    /// <summary>The network's input description.</summary>
    public NetInput Input => _input;

    /// <summary>How images must be decoded: grayscale for a one-channel network, BGR colour otherwise.</summary>
    public ImageReadMode Mode => _input.Channels == 1 ? ImageReadMode.Grayscale : ImageReadMode.Color;

    /// <summary>Values written per image.</summary>
    public int Length => _input.Length;

    /// <summary>Writes <paramref name="image"/> as channel planes into <paramref name="destination"/>.</summary>
    /// <param name="image">An 8-bit image decoded in <see cref="Mode"/>.</param>
    /// <param name="destination">Exactly <see cref="Length"/> values.</param>
    public void Fill(Mat image, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (destination.Length != Length)
        {
            throw new ArgumentException($"The destination has {destination.Length} values; expected {Length}.", nameof(destination));
        }

        var channels = _input.Channels;
        if (image.Channels() != channels || image.Depth() != MatType.CV_8U)
        {
            throw new ArgumentException($"The image has {image.Channels()} channel(s) of depth {image.Depth()}; expected {channels} 8-bit.", nameof(image));
        }

        var sized = ImageResizer.ToSize(image, _input.Width, _input.Height, out var owned);
        try
        {
            using var copy = sized.IsContinuous() ? null : sized.Clone();
            var plane = _input.Width * _input.Height;
            var bytes = new byte[plane * channels];
            Marshal.Copy((copy ?? sized).Data, bytes, 0, bytes.Length);
            for (var c = 0; c < channels; c++)
            {
                // Decoded colour images are BGR: network channel c reads source channel c (BGR) or 2 − c (RGB).
                var source = channels == 3 && _input.Order == ChannelOrder.Rgb ? 2 - c : c;
                var scale = _input.Scale / _input.Std[c];
                var offset = _input.Mean[c] / _input.Std[c];
                var target = destination.Slice(c * plane, plane);
                for (var p = 0; p < plane; p++)
                {
                    target[p] = (bytes[(p * channels) + source] * scale) - offset;
                }
            }
        }
        finally
        {
            if (owned)
            {
                sized.Dispose();
            }
        }
    }
}
