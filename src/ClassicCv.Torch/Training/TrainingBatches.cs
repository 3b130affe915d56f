using static TorchSharp.torch;

namespace ClassicCv.Torch.Training;

/// <summary>Mini-batches gathered from preprocessed images held in one NCHW buffer.</summary>
internal static class TrainingBatches
{
    /// <summary>The images at <paramref name="positions"/> as a tensor N × C × H × W.</summary>
    /// <param name="images">Every image, one after another.</param>
    /// <param name="positions">Which images, in batch order.</param>
    /// <param name="shape">Channels, height and width of one image.</param>
    public static Tensor Gather(float[] images, ReadOnlySpan<int> positions, (int Channels, int Height, int Width) shape)
    {
        var length = shape.Channels * shape.Height * shape.Width;
        var values = new float[positions.Length * length];
        for (var i = 0; i < positions.Length; i++)
        {
            images.AsSpan(positions[i] * length, length).CopyTo(values.AsSpan(i * length));
        }

        return tensor(values, [positions.Length, shape.Channels, shape.Height, shape.Width]);
    }

    /// <summary>The accuracy of <paramref name="forward"/> on <paramref name="positions"/> (the caller sets evaluation mode).</summary>
    /// <param name="forward">The network.</param>
    /// <param name="images">Every image, one after another.</param>
    /// <param name="labels">Every image's label.</param>
    /// <param name="positions">Which images.</param>
    /// <param name="shape">Channels, height and width of one image.</param>
    /// <param name="batch">Images per forward pass.</param>
    public static double Accuracy(Func<Tensor, Tensor> forward, float[] images, long[] labels, int[] positions, (int Channels, int Height, int Width) shape, int batch)
    {
        ArgumentNullException.ThrowIfNull(forward);
        var correct = 0;
        using var noGrad = no_grad();
        for (var start = 0; start < positions.Length; start += batch)
        {
            using var scope = NewDisposeScope();
            var part = positions.AsSpan(start, Math.Min(batch, positions.Length - start));
            var predicted = forward(Gather(images, part, shape)).argmax(1).data<long>().ToArray();
            for (var i = 0; i < part.Length; i++)
            {
                correct += predicted[i] == labels[part[i]] ? 1 : 0;
            }
        }

        return positions.Length == 0 ? 0 : (double)correct / positions.Length;
    }
}
