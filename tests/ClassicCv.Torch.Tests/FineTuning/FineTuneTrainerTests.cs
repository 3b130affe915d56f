using System.Globalization;
using ClassicCv.Datasets.Readers;
using ClassicCv.Experiments;
using ClassicCv.Onnx.Deep;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.Splitting;
using ClassicCv.Torch.Augmentation;
using ClassicCv.TestSupport;
using ClassicCv.Torch.FineTuning;
using ClassicCv.Torch.Training;

namespace ClassicCv.Torch.Tests.FineTuning;

public sealed class FineTuneTrainerTests
{
    [Fact]
    public void Given_every_augmentation_When_fine_tuning_Then_the_test_and_validation_scores_are_the_onnx_networks_on_the_plain_images()
    {
        using var folder = new TempFolder();
        SyntheticImages.WriteFolder(folder.Path, ["flat", "steep", "mid"], perClass: 10, size: 24, seed: 3);
        var dataset = new ImageFolderReader().Read(folder.Path);
        var split = new StratifiedHoldOut(0.25, 5).Split(dataset.Labels());
        var options = new FineTuneOptions { Size = 32, Epochs = 3, BatchSize = 8, LearningRate = 0.01, BackboneLearningRate = 0.001, Validation = 0.25, Patience = 3, Augment = new NetworkAugmentation { Crop = true, Flip = true, Rotate = true, Jitter = true }, Temperature = false };
        var lines = new List<string>();
        var trainer = new FineTuneTrainer(options, 5, folder.File("models"), new ImageStreamer(2), lines.Add);

        var outcome = new ExperimentRunner(new SilentObserver()).Run(dataset, split, [trainer]);

        var result = Assert.Single(outcome.Results);
        Assert.Equal("image/resnet18-finetune", result.Name);
        Assert.Equal(int.Parse(result.Settings["epochs_run"], CultureInfo.InvariantCulture), lines.Count);
        Assert.Matches(@"^resnet18-finetune epoch 1/3: train loss \d+\.\d{4}, validation accuracy \d\.\d{4}, \d+\.\d images/s, \d+\.\d s, at most \d+m\d\ds left$", lines[0]);
        Assert.Equal(lines.Count, result.Settings["curve_train_loss"].Split(',').Length);

        var input = FineTuneTrainer.InputOf(ResNet18Files.DefaultFolder, 32);
        using var plain = new OnnxImageClassifier(FixedBatchNet.FromOnnx(result.Settings["model"], 5, 3, 32, 32), new ImagePreprocessor(input), dataset.ClassNames, [0, 1, 2], new ImageStreamer(1));
        var test = plain.Predict(dataset, outcome.Split.Test);
        Assert.Equal(test.Scores!, result.TestPredictions!.Scores!, (a, b) => Math.Abs(a - b) <= 1e-4f);

        var train = outcome.Split.Train;
        var (_, validation) = ValidationHoldOut.Split([.. train.Select(i => (long)dataset.Items[i].Label)], 0.25, 5, "test");
        var held = validation.Select(v => train[v]).ToArray();
        var predicted = plain.Predict(dataset, held).Labels;
        var accuracy = held.Where((item, i) => predicted[i] == dataset.Items[item].Label).Count() / (double)held.Length;
        Assert.Equal(accuracy, double.Parse(result.Settings["validation_accuracy"], CultureInfo.InvariantCulture), 4);
    }

    [Fact]
    public void Given_a_size_not_a_multiple_of_32_When_building_the_trainer_Then_the_error_names_the_option_and_the_range()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new FineTuneTrainer(new FineTuneOptions { Size = 48 }, 1, "models", new ImageStreamer(1)));

        Assert.StartsWith("FineTuneOptions.Size is 48; expected a multiple of 32 from 32 to 512", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_defaults_Then_flips_are_off_the_backbone_learns_ten_times_slower_and_nothing_is_frozen()
    {
        var options = new FineTuneOptions();

        Assert.Equal("crop", options.Augment.Describe());
        Assert.Equal(options.LearningRate / 10, options.EffectiveBackboneLearningRate, 12);
        Assert.Equal(-1, options.FrozenThrough);
    }

    private sealed class SilentObserver : IExperimentObserver
    {
        public void StageStarted(string description)
        {
        }

        public void PipelineFinished(PipelineResult result)
        {
        }
    }
}
