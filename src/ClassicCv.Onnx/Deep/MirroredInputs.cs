namespace ClassicCv.Onnx.Deep;

/// <summary>Test-time flips: a network's outputs averaged over each image and its left–right mirror.</summary>
public static class MirroredInputs
{
    /// <summary>The mean of the outputs for <paramref name="inputs"/> and for their mirrors (each row of each plane reversed).</summary>
    /// <param name="net">The network.</param>
    /// <param name="inputs"><paramref name="count"/> preprocessed images.</param>
    /// <param name="count">Images in <paramref name="inputs"/>.</param>
    /// <param name="width">Image width (row length) of the network input.</param>
    public static float[] MeanOutputs(IImageNetwork net, ReadOnlySpan<float> inputs, int count, int width)
    {
        ArgumentNullException.ThrowIfNull(net);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        var plain = net.Run(inputs, count);
        var mirrored = Mirror(inputs, width);
        var flipped = net.Run(mirrored, count);
        for (var i = 0; i < plain.Length; i++)
        {
            plain[i] = (plain[i] + flipped[i]) / 2;
        }

        return plain;
    }

    /// <summary>A copy of NCHW <paramref name="inputs"/> with every row reversed.</summary>
    /// <param name="inputs">Images, rows of <paramref name="width"/> values.</param>
    /// <param name="width">Row length.</param>
    public static float[] Mirror(ReadOnlySpan<float> inputs, int width)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        var mirrored = inputs.ToArray();
        for (var row = 0; row < mirrored.Length; row += width)
        {
            mirrored.AsSpan(row, width).Reverse();
        }

        return mirrored;
    }
}
