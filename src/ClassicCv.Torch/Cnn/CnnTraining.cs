using TorchSharp;
using static TorchSharp.torch;

namespace ClassicCv.Torch.Cnn;

/// <summary>Mini-batch Adam training with early stopping on validation accuracy; keeps the best epoch's weights.</summary>
internal static class CnnTraining
{
    /// <summary>Trains <paramref name="network"/> in place and returns (epochs run, best epoch, best validation accuracy).</summary>
    /// <remarks><paramref name="classWeights"/>, one per class, weight the cross-entropy loss (PyTorch's weighted mean); <c>null</c> for none.</remarks>
    public static (int EpochsRun, int BestEpoch, double BestAccuracy) Run(CnnNetwork network, float[] images, long[] labels, int[] fit, int[] validation, int seed, Action<string>? progress = null, float[]? classWeights = null)
    {
        using var lossWeights = classWeights is null ? null : tensor(classWeights);
        var options = network.Options;
        var length = network.Channels * network.Height * network.Width;
        var random = new Random(seed);
        using var optimizer = optim.Adam(network.Model.parameters(), options.LearningRate);
        var order = (int[])fit.Clone();
        var best = (Epoch: 0, Accuracy: -1.0);
        Dictionary<string, Tensor>? bestState = null;
        var epoch = 0;
        while (epoch < options.Epochs && epoch - best.Epoch < options.Patience)
        {
            epoch++;
            network.Model.train();
            random.Shuffle(order);
            for (var start = 0; start < order.Length; start += options.BatchSize)
            {
                using var scope = NewDisposeScope();
                var batch = order.AsSpan(start, Math.Min(options.BatchSize, order.Length - start)).ToArray();
                var x = Batch(images, batch, length, network);
                if (options.Augment)
                {
                    x = Augment(x, random);
                }

                var y = tensor(batch.Select(i => labels[i]).ToArray());
                optimizer.zero_grad();
                var loss = nn.functional.cross_entropy(network.Model.forward(x), y, lossWeights);
                loss.backward();
                optimizer.step();
            }

            var accuracy = validation.Length == 0 ? 0 : Accuracy(network, images, labels, validation, length);
            progress?.Invoke(validation.Length == 0
                ? $"cnn epoch {epoch}/{options.Epochs}"
                : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"cnn epoch {epoch}/{options.Epochs}: validation accuracy {accuracy:0.0000}"));
            if (validation.Length == 0 || accuracy > best.Accuracy)
            {
                best = (epoch, accuracy);
                DisposeAll(bestState);
                bestState = network.Model.state_dict().ToDictionary(pair => pair.Key, pair => pair.Value.detach().clone());
            }
        }

        if (bestState is not null)
        {
            network.Model.load_state_dict(bestState);
            DisposeAll(bestState);
        }

        network.Model.eval();
        return (epoch, best.Epoch, best.Accuracy);
    }

    /// <summary>Logits of the given images, in evaluation mode.</summary>
    public static float[] Logits(CnnNetwork network, float[] images, int count)
    {
        network.Model.eval();
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var x = tensor(images.AsSpan(0, count * network.Channels * network.Height * network.Width).ToArray(), [count, network.Channels, network.Height, network.Width]);
        return network.Model.forward(x).data<float>().ToArray();
    }

    private static double Accuracy(CnnNetwork network, float[] images, long[] labels, int[] items, int length)
    {
        network.Model.eval();
        var correct = 0;
        using var noGrad = no_grad();
        for (var start = 0; start < items.Length; start += 512)
        {
            using var scope = NewDisposeScope();
            var batch = items.AsSpan(start, Math.Min(512, items.Length - start)).ToArray();
            var predicted = network.Model.forward(Batch(images, batch, length, network)).argmax(1).data<long>().ToArray();
            correct += batch.Where((item, i) => predicted[i] == labels[item]).Count();
        }

        return (double)correct / items.Length;
    }

    private static Tensor Batch(float[] images, int[] batch, int length, CnnNetwork network)
    {
        var values = new float[batch.Length * length];
        for (var i = 0; i < batch.Length; i++)
        {
            images.AsSpan(batch[i] * length, length).CopyTo(values.AsSpan(i * length));
        }

        return tensor(values, [batch.Length, network.Channels, network.Height, network.Width]);
    }

    private static Tensor Augment(Tensor x, Random random)
    {
        var n = x.shape[0];
        var flip = tensor(Enumerable.Range(0, (int)n).Select(_ => random.Next(2) == 1).ToArray()).reshape(n, 1, 1, 1);
        x = where(flip, x.flip(3), x);
        var (dx, dy) = (random.Next(-2, 3), random.Next(-2, 3));
        var padded = nn.functional.pad(x, [2, 2, 2, 2], PaddingModes.Replicate);
        return padded.narrow(2, 2 + dy, x.shape[2]).narrow(3, 2 + dx, x.shape[3]);
    }

    private static void DisposeAll(Dictionary<string, Tensor>? state)
    {
        foreach (var tensor in state?.Values ?? Enumerable.Empty<Tensor>())
        {
            tensor.Dispose();
        }
    }
}
