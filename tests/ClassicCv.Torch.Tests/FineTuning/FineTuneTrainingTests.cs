using ClassicCv.Onnx.Deep;
using ClassicCv.Torch.Augmentation;
using ClassicCv.Torch.FineTuning;
using ClassicCv.Torch.Native;
using TorchSharp;
using static TorchSharp.torch;
using ClassicCv.Torch.Training;

namespace ClassicCv.Torch.Tests.FineTuning;

public sealed class FineTuneTrainingTests
{
    private const int Side = 32, Classes = 3;

    [Fact]
    public void Given_freeze_stage2_When_training_an_epoch_Then_the_stem_and_stages_1_and_2_keep_every_weight_and_statistic_and_stage_3_changes()
    {
        using var network = Pretrained();
        var frozen = Snapshot(network.ModulesThrough(2));
        var stage3 = Snapshot(network.Blocks.Where((_, i) => ResNet18Network.StageOf(i) == 3));
        var (images, labels) = Data(12, seed: 1);

        FineTuneTraining.Run(network, images, labels, [.. Enumerable.Range(0, 12)], [], Options() with { FrozenThrough = 2, Epochs = 1, BatchSize = 4, LearningRate = 0.01, Augment = CropFlip }, Augmenter(CropFlip), 1, null);

        Assert.Equal(frozen, Snapshot(network.ModulesThrough(2)));
        Assert.NotEqual(stage3, Snapshot(network.Blocks.Where((_, i) => ResNet18Network.StageOf(i) == 3)));
    }

    [Fact]
    public void Given_training_that_stops_early_When_it_ends_Then_the_network_holds_the_best_epochs_weights_not_the_last()
    {
        using var network = Pretrained();
        var (images, labels) = Data(24, seed: 2);
        var heads = new List<float[]>();
        var options = Options() with { Epochs = 12, Patience = 2, BatchSize = 6, LearningRate = 0.05, BackboneLearningRate = 0.01, Schedule = LearningRateSchedule.Cosine, Augment = NetworkAugmentation.None };

        var outcome = FineTuneTraining.Run(network, images, labels, [.. Enumerable.Range(0, 15)], [.. Enumerable.Range(15, 9)], options, Augmenter(NetworkAugmentation.None), 3,
            _ => heads.Add(network.Head!.weight!.data<float>().ToArray()));

        Assert.True(outcome.EpochsRun < 12, $"ran all {outcome.EpochsRun} epochs; the test needs early stopping");
        Assert.Equal(outcome.EpochsRun - 2, outcome.BestEpoch);
        Assert.Equal(outcome.Curve.Max(e => e.ValidationAccuracy), outcome.BestAccuracy);
        Assert.Equal(outcome.BestAccuracy, outcome.Curve[outcome.BestEpoch - 1].ValidationAccuracy);
        Assert.Equal(heads[outcome.BestEpoch - 1], network.Head!.weight!.data<float>().ToArray());
        Assert.NotEqual(heads[^1], network.Head!.weight!.data<float>().ToArray());
    }

    [Fact]
    public void Given_a_fine_tuned_network_When_exported_and_run_by_opencv_Then_its_logits_equal_torchsharps()
    {
        using var network = Pretrained();
        var (images, labels) = Data(8, seed: 4);
        FineTuneTraining.Run(network, images, labels, [.. Enumerable.Range(0, 8)], [], Options() with { Epochs = 1, BatchSize = 4, LearningRate = 0.01 }, Augmenter(FineTuneOptions.DefaultAugmentation), 1, null);
        float[] expected;
        using (no_grad())
        using (var input = tensor(images, [8, 3, Side, Side]))
        using (var logits = network.forward(input))
        {
            expected = logits.data<float>().ToArray();
        }

        using var net = new FixedBatchNet(OpenCvSharp.Dnn.CvDnn.ReadNetFromOnnx(ResNet18OnnxExport.ToBytes(network, Side))!, 8, 3, Side, Side);
        var actual = net.Run(images, 8);

        Assert.Equal(expected, actual, (a, b) => Math.Abs(a - b) <= 1e-3f * Math.Max(1, Math.Abs(a)));
    }

    private static ResNet18Network Pretrained()
    {
        LibTorchLoader.EnsureLoaded();
        torch.set_num_threads(1);
        torch.manual_seed(5);
        var network = new ResNet18Network(Classes);
        ResNet18OnnxWeights.Load(network, ResNet18Files.Backbone(ResNet18Files.DefaultFolder));
        return network;
    }

    private static readonly NetworkAugmentation CropFlip = new() { Crop = true, Flip = true };

    private static FineTuneOptions Options() => new() { Size = Side };

    private static BatchAugmenter Augmenter(NetworkAugmentation augment) =>
        new(augment, 1, new NetInput(Side, Side, 3, ChannelOrder.Bgr, 1f, [103f, 116f, 123f], [1f, 1f, 1f]));

    // Random images with random labels: nothing to learn, so the validation accuracy wanders and early stopping comes.
    private static (float[] Images, long[] Labels) Data(int count, int seed)
    {
        var random = new Random(seed);
        var images = Enumerable.Range(0, count * 3 * Side * Side).Select(_ => (float)((random.NextDouble() * 255) - 120)).ToArray();
        return (images, Enumerable.Range(0, count).Select(i => (long)(i % Classes)).ToArray());
    }

    private static float[] Snapshot(IEnumerable<nn.Module> modules) =>
        [.. modules.SelectMany(module => module.state_dict().Values).SelectMany(tensor => tensor.dtype == ScalarType.Float32 ? tensor.data<float>().ToArray() : [])];
}
