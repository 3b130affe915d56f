using System.Globalization;

namespace ClassicCv.Onnx.Deep;

/// <summary>
/// What a network's input tensor is made of: an image resized to <see cref="Width"/>×<see cref="Height"/>, in
/// <see cref="Channels"/> planes (1 = grayscale, 3 = colour in <see cref="Order"/>), each value
/// <c>(pixel × Scale − Mean[c]) / Std[c]</c> with <c>pixel</c> in 0–255 and <c>c</c> the network's channel.
/// </summary>
/// <param name="Width">Input width in pixels (≥ 1).</param>
/// <param name="Height">Input height in pixels (≥ 1).</param>
/// <param name="Channels">1 or 3.</param>
/// <param name="Order">Plane order when <paramref name="Channels"/> is 3.</param>
/// <param name="Scale">Multiplies the 0–255 pixel first (e.g. 1/255).</param>
/// <param name="Mean">Per network channel, subtracted after scaling; one value per channel.</param>
/// <param name="Std">Per network channel, divides last; one positive value per channel.</param>
public sealed record NetInput(int Width, int Height, int Channels, ChannelOrder Order, float Scale, IReadOnlyList<float> Mean, IReadOnlyList<float> Std)
{
    /// <summary>Values per image: channels × height × width.</summary>
    public int Length => Channels * Height * Width;

    /// <summary>One canonical string of every setting (for reports and cache keys).</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"size={Width}x{Height};channels={Channels};order={Order.ToString().ToLowerInvariant()};scale={Scale:R};mean={string.Join('/', Mean.Select(m => m.ToString("R", CultureInfo.InvariantCulture)))};std={string.Join('/', Std.Select(s => s.ToString("R", CultureInfo.InvariantCulture)))}");

    /// <summary>Throws when a setting is out of range.</summary>
    public NetInput Validated()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Height);
        if (Channels is not (1 or 3))
        {
            throw new ArgumentOutOfRangeException(nameof(Channels), Channels, "A network input has 1 (grayscale) or 3 (colour) channels.");
        }

        if (Mean.Count != Channels || Std.Count != Channels)
        {
            throw new ArgumentException($"Mean has {Mean.Count} and std {Std.Count} values; expected one per channel ({Channels}).", nameof(Mean));
        }

        if (Std.Any(s => !(s > 0)) || !float.IsFinite(Scale) || Scale == 0)
        {
            throw new ArgumentException($"Std ({string.Join('/', Std)}) must be positive and scale ({Scale}) finite and non-zero.", nameof(Std));
        }

        return this;
    }
}
