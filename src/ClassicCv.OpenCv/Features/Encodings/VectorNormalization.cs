namespace ClassicCv.OpenCv.Features.Encodings;

/// <summary>The normalisations of the improved Fisher vector and of VLAD.</summary>
public static class VectorNormalization
{
    /// <summary>Power normalisation: <c>sign(v) · sqrt(|v|)</c>, in place.</summary>
    /// <param name="values">The vector.</param>
    public static void SignedSquareRoot(Span<float> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = MathF.CopySign(MathF.Sqrt(MathF.Abs(values[i])), values[i]);
        }
    }

    /// <summary>Scales to unit Euclidean length in place; a zero vector stays zero.</summary>
    /// <param name="values">The vector.</param>
    public static void L2(Span<float> values)
    {
        var squares = 0.0;
        foreach (var value in values)
        {
            squares += (double)value * value;
        }

        if (squares <= 0)
        {
            return;
        }

        var inverse = (float)(1 / Math.Sqrt(squares));
        for (var i = 0; i < values.Length; i++)
        {
            values[i] *= inverse;
        }
    }
}
