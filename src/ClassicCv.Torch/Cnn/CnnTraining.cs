using System.Diagnostics;
using ClassicCv.Torch.Augmentation;
using ClassicCv.Torch.Training;
using static TorchSharp.torch;

namespace ClassicCv.Torch.Cnn;

/// <summary>Mini-batch Adam training, the learning rate on its schedule, with early stopping on validation accuracy; keeps the best epoch's weights.</summary>
internal static class CnnTraining
{
    /// <summary>Trains <paramref name="network"/> in place and returns (epochs run, best epoch, best validation accuracy).</summary>
    /// <remarks><paramref name="classWeights"/>, one per class, weight the cross-entropy loss (PyTorch's weighted mean); <c>null</c> for none.</remarks>
    public static (int EpochsRun, int BestEpoch, double BestAccuracy, IReadOnlyList<EpochRecord> Curve) Run(CnnNetwork network, float[] images, long[] labels, int[] fit, int[] validation, int seed, BatchAugmenter augmenter, Action<string>? progress = null, float[]? classWeights = null)
    {
        using var lossWeights = classWeights is null ? null : tensor(classWeights);
        var options = network.Options;
        var shape = (network.Channels, network.Height, network.Width);
        var random = new Random(seed);
        using var optimizer = optim.Adam(network.Model.parameters(), options.LearningRate);
        var steps = options.Epochs * ((fit.Length + options.BatchSize - 1) / options.BatchSize);
        var scheduler = LearningRateSchedules.Create(optimizer, options.Schedule, [options.LearningRate], Math.Max(1, steps));
        var order = (int[])fit.Clone();
        var best = (Epoch: 0, Accuracy: -1.0);
        using var bestState = new WeightSnapshot();
        var curve = new TrainingCurve("cnn", options.Epochs);
        var epoch = 0;
        while (epoch < options.Epochs && epoch - best.Epoch < options.Patience)
        {
            epoch++;
            var clock = Stopwatch.StartNew();
            network.Model.train();
            random.Shuffle(order);
            var (lossSum, batches) = (0.0, 0);
            for (var start = 0; start < order.Length; start += options.BatchSize)
            {
                using var scope = NewDisposeScope();
                var batch = order.AsSpan(start, Math.Min(options.BatchSize, order.Length - start)).ToArray();
                var x = augmenter.Apply(TrainingBatches.Gather(images, batch, shape));
                var y = tensor(batch.Select(i => labels[i]).ToArray());
                optimizer.zero_grad();
                var loss = nn.functional.cross_entropy(network.Model.forward(x), y, lossWeights);
                loss.backward();
                optimizer.step();
                scheduler?.step();
                lossSum += loss.item<float>();
                batches++;
            }

            var seconds = clock.Elapsed.TotalSeconds;
            network.Model.eval();
            var accuracy = validation.Length == 0 ? 0 : TrainingBatches.Accuracy(network.Model.forward, images, labels, validation, shape, 512);
            progress?.Invoke(curve.Add(new EpochRecord(epoch, lossSum / Math.Max(1, batches), validation.Length == 0 ? null : accuracy, seconds, order.Length / Math.Max(seconds, 1e-9))));
            if (validation.Length == 0 || accuracy > best.Accuracy)
            {
                best = (epoch, accuracy);
                bestState.Take(network.Model);
            }
        }

        bestState.RestoreInto(network.Model);
        network.Model.eval();
        return (epoch, best.Epoch, best.Accuracy, curve.Epochs);
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
}
