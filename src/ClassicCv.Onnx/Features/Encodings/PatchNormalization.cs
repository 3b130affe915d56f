namespace ClassicCv.Onnx.Features.Encodings;

/// <summary>
/// Coates–Ng brightness and contrast normalisation of one patch: subtract its mean, divide by
/// <c>sqrt(var + 10)</c> (unbiased variance of 0–255 pixel values; the 10 keeps flat patches from blowing up noise).
/// </summary>
public static class PatchNormalization
{
    /// <summary>Added to a patch's variance before the square root (pixel values 0–255).</summary>
    public const double VarianceRegularizer = 10;

    /// <summary>Normalises <paramref name="patch"/> in place.</summary>
    /// <param name="patch">At least two pixel values (any order; 0–255 scale).</param>
    public static void Normalize(Span<float> patch)
    {
        if (patch.Length < 2)
        {
            throw new ArgumentException($"A patch needs at least 2 values; received {patch.Length}.", nameof(patch));
        }

        var sum = 0.0;
        foreach (var value in patch)
        {
            sum += value;
        }

        var mean = sum / patch.Length;
        var squares = 0.0;
        foreach (var value in patch)
        {
            squares += (value - mean) * (value - mean);
        }

        var scale = 1 / Math.Sqrt((squares / (patch.Length - 1)) + VarianceRegularizer);
        for (var i = 0; i < patch.Length; i++)
        {
            patch[i] = (float)((patch[i] - mean) * scale);
        }
    }
}
