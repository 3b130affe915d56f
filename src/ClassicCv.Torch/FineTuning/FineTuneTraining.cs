using System.Diagnostics;
using ClassicCv.Torch.Augmentation;
using ClassicCv.Torch.Training;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ClassicCv.Torch.FineTuning;

/// <summary>
/// Trains a <see cref="ResNet18Network"/> in place: AdamW with two parameter groups (the backbone's trainable weights at
/// the backbone rate, the head at the head rate), the schedule stepped every batch, label-smoothed cross-entropy, early
/// stopping on the validation accuracy with the best epoch's weights restored. Frozen parts get no gradients and their
/// batch normalisations stay in evaluation mode, so their ImageNet weights and statistics are never changed.
/// </summary>
internal static class FineTuneTraining
{
    private const int EvaluationBatch = 128;

    /// <summary>Trains and returns what happened.</summary>
    /// <param name="network">The network with its head; left in evaluation mode with the kept weights.</param>
    /// <param name="images">Preprocessed training images, one after another (3 × size × size each).</param>
    /// <param name="labels">Every image's label.</param>
    /// <param name="fit">Positions trained on.</param>
    /// <param name="validation">Positions for early stopping (never trained on, never augmented); empty for none.</param>
    /// <param name="options">The settings.</param>
    /// <param name="augmenter">The training images' transforms.</param>
    /// <param name="seed">Seed of the shuffling.</param>
    /// <param name="progress">Receives one line per epoch, or <c>null</c>.</param>
    public static FineTuneOutcome Run(ResNet18Network network, float[] images, long[] labels, int[] fit, int[] validation, FineTuneOptions options, BatchAugmenter augmenter, int seed, Action<string>? progress)
    {
        var shape = (3, options.Size, options.Size);
        var frozen = network.ModulesThrough(options.FrozenThrough).ToArray();
        foreach (var parameter in frozen.SelectMany(module => module.parameters()))
        {
            parameter.requires_grad = false;
        }

        var head = network.Head ?? throw new ArgumentException("The network has no head to train.", nameof(network));
        var headParameters = head.parameters().ToHashSet();
        var backbone = network.parameters().Where(p => p.requires_grad && !headParameters.Contains(p)).ToArray();
        var groups = new List<AdamW.ParamGroup>();
        var peaks = new List<double>();
        if (backbone.Length > 0)
        {
            groups.Add(new AdamW.ParamGroup(backbone, lr: options.EffectiveBackboneLearningRate, weight_decay: options.WeightDecay));
            peaks.Add(options.EffectiveBackboneLearningRate);
        }

        groups.Add(new AdamW.ParamGroup(headParameters, lr: options.LearningRate, weight_decay: options.WeightDecay));
        peaks.Add(options.LearningRate);
        var steps = Math.Max(1, options.Epochs * StepsPerEpoch(fit.Length, options.BatchSize));
        using var optimizer = optim.AdamW(groups, options.LearningRate, weight_decay: options.WeightDecay);
        var scheduler = LearningRateSchedules.Create(optimizer, options.Schedule, peaks, steps);

        var random = new Random(seed);
        var order = (int[])fit.Clone();
        var curve = new TrainingCurve("resnet18-finetune", options.Epochs);
        using var best = new WeightSnapshot();
        var (bestEpoch, bestAccuracy) = (0, -1.0);
        var epoch = 0;
        while (epoch < options.Epochs && epoch - bestEpoch < options.Patience)
        {
            epoch++;
            var clock = Stopwatch.StartNew();
            network.train();
            foreach (var module in frozen)
            {
                module.eval();
            }

            random.Shuffle(order);
            var (lossSum, batches, seen) = (0.0, 0, 0);
            for (var start = 0; start + 1 < order.Length; start += options.BatchSize)
            {
                // A last batch of one image is left out: batch normalisation needs two values per channel.
                using var scope = NewDisposeScope();
                var batch = order.AsSpan(start, Math.Min(options.BatchSize, order.Length - start));
                var x = augmenter.Apply(TrainingBatches.Gather(images, batch, shape));
                var y = tensor(batch.ToArray().Select(i => labels[i]).ToArray());
                optimizer.zero_grad();
                var loss = nn.functional.cross_entropy(network.forward(x), y, label_smoothing: options.LabelSmoothing);
                loss.backward();
                optimizer.step();
                scheduler?.step();
                lossSum += loss.item<float>();
                batches++;
                seen += batch.Length;
            }

            var seconds = clock.Elapsed.TotalSeconds;
            network.eval();
            double? accuracy = validation.Length == 0 ? null : TrainingBatches.Accuracy(network.forward, images, labels, validation, shape, EvaluationBatch);
            progress?.Invoke(curve.Add(new EpochRecord(epoch, lossSum / Math.Max(1, batches), accuracy, seconds, seen / Math.Max(seconds, 1e-9))));
            if (accuracy is null || accuracy > bestAccuracy)
            {
                (bestEpoch, bestAccuracy) = (epoch, accuracy ?? 0);
                best.Take(network);
            }
        }

        best.RestoreInto(network);
        network.eval();
        return new FineTuneOutcome(epoch, bestEpoch, validation.Length == 0 ? null : bestAccuracy, curve.Epochs);
    }

    private static int StepsPerEpoch(int images, int batch) => (images / batch) + (images % batch > 1 ? 1 : 0);
}
