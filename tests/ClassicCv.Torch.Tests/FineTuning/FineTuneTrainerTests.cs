using System.Globalization;
using ClassicCv.Configuration;
using ClassicCv.Datasets.Readers;
using ClassicCv.Errors;
using ClassicCv.Experiments;
using ClassicCv.Onnx.Deep;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.Splitting;
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
        var options = FineTuneOptions.Parse(ComponentSpec.Parse("resnet18-finetune[size=32,epochs=3,batch=8,lr=0.01,backbone-lr=0.001,validation=0.25,patience=3,augment=crop+flip+rotate+jitter,temperature=false]", "deep model"));
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

    [Theory]
    [InlineData("resnet18-finetune[size=48]", "expected a multiple of 32 from 32 to 512")]
    [InlineData("resnet18-finetune[freeze=stage5]", "expected one of none, stem, stage1, stage2, stage3, stage4")]
    [InlineData("resnet18-finetune[label-smoothing=1]", "expected validation in [0, 0.5] and label-smoothing in [0, 1)")]
    [InlineData("resnet18-finetune[schedule=step]", "expected one of onecycle, cosine")]
    [InlineData("resnet18-finetune[depth=3]", "unknown parameter 'depth'")]
    public void Given_bad_options_When_parsing_Then_the_error_says_what_was_expected(string text, string expected)
    {
        var error = Assert.Throws<UserInputException>(() => FineTuneOptions.Parse(ComponentSpec.Parse(text, "deep model")));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_no_options_When_parsing_Then_flips_are_off_and_the_backbone_learns_ten_times_slower()
    {
        var options = FineTuneOptions.Parse(ComponentSpec.Parse("resnet18-finetune", "deep model"));

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
