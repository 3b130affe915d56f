using ClassicCv.Datasets;
using ClassicCv.Errors;
using ClassicCv.Experiments;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.Splitting;
using ClassicCv.Torch.Augmentation;
using ClassicCv.Torch.Cnn;
using OpenCvSharp;

namespace ClassicCv.Torch.Tests.Cnn;

public sealed class CnnTrainerTests
{
    private static readonly string[] Classes = ["horizontal", "vertical", "dot"];

    [Fact]
    public void Given_three_separable_shapes_When_running_the_cnn_Then_the_onnx_model_run_by_opencv_classifies_the_test_images()
    {
        using var folder = new TempFolder();
        var dataset = WriteDataset(folder, 24);
        var split = new StratifiedHoldOut(0.25, 5).Split(dataset.Labels());
        var options = new CnnOptions { Width = 4, Epochs = 15, BatchSize = 8, LearningRate = 0.01, Validation = 0.2, Patience = 15, Augment = new NetworkAugmentation { Crop = true, Flip = true } };
        var trainer = new CnnTrainer(options, 5, folder.File("models"), new ImageStreamer(2));

        var outcome = new ExperimentRunner(new SilentObserver()).Run(dataset, split, [trainer]);

        var result = Assert.Single(outcome.Results);
        Assert.Equal("image/cnn", result.Name);
        Assert.True(result.Metrics.Accuracy >= 0.9, $"accuracy {result.Metrics.Accuracy}");
        Assert.True(File.Exists(result.Settings["model"]));
        Assert.Equal("size=12x12;channels=1;order=rgb;scale=0.003921569;mean=0.5;std=0.5", result.Settings["input"]);
        Assert.False(trainer.Settings.ContainsKey("model"));   // what training resolved is in the result, never in the trainer
        Assert.Equal(Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Settings["threads"]);   // every core unless told
    }

    [Theory]
    [InlineData(1.0, 0.1, "CnnOptions.Dropout is 1; expected a number in [0, 1).")]
    [InlineData(0.25, 0.6, "CnnOptions.Validation is 0.6; expected a number in [0, 0.5].")]
    public void Given_out_of_range_options_When_building_the_trainer_Then_the_error_names_the_option_and_the_range(double dropout, double validation, string expected)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new CnnTrainer(new CnnOptions { Dropout = dropout, Validation = validation }, 1, "models", new ImageStreamer(1)));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_two_channels_When_validating_Then_it_says_one_or_three()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new CnnOptions { Channels = 2 }.Validate());

        Assert.Contains("expected 1 (grayscale), 3 (colour)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_input_too_small_for_two_valid_convolutions_and_poolings_When_training_Then_it_is_a_clear_error()
    {
        using var folder = new TempFolder();
        var dataset = WriteDataset(folder, 2);
        var trainer = new CnnTrainer(new CnnOptions { Size = (8, 8), Padding = 0 }, 1, folder.File("models"), new ImageStreamer(1));

        var error = Assert.Throws<UserInputException>(() => trainer.Prepare(dataset, new DataSplit([0, 1, 2], [], "three images")).Train([0, 1, 2]));

        Assert.Contains("too small", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_one_image_per_class_When_training_with_validation_Then_it_says_to_set_validation_0()
    {
        using var folder = new TempFolder();
        var dataset = WriteDataset(folder, 1);
        var trainer = new CnnTrainer(new CnnOptions { Width = 2, Epochs = 1 }, 1, folder.File("models"), new ImageStreamer(1));

        var error = Assert.Throws<UserInputException>(() => trainer.Prepare(dataset, new DataSplit([0, 1, 2], [], "three images")).Train([0, 1, 2]));

        Assert.Contains("set validation=0", error.Message, StringComparison.Ordinal);
    }

    private static ImageDataset WriteDataset(TempFolder folder, int perClass)
    {
        var items = new List<DatasetItem>();
        var random = new Random(11);
        for (var n = 0; n < perClass; n++)
        {
            for (var label = 0; label < Classes.Length; label++)
            {
                using var image = new Mat(12, 12, MatType.CV_8UC1, new Scalar(random.Next(0, 40)));
                var (x, y) = (random.Next(3, 9), random.Next(3, 9));
                switch (label)
                {
                    case 0:
                        Cv2.Line(image, new Point(1, y), new Point(10, y), new Scalar(255));
                        break;
                    case 1:
                        Cv2.Line(image, new Point(x, 1), new Point(x, 10), new Scalar(255));
                        break;
                    default:
                        Cv2.Rectangle(image, new Rect(x - 1, y - 1, 3, 3), new Scalar(255), -1);
                        break;
                }

                var path = folder.File($"{Classes[label]}-{n}.png");
                Cv2.ImWrite(path, image);
                items.Add(new DatasetItem($"{Classes[label]}/{n}", new FileImageLocation(path), label, null));
            }
        }

        return new ImageDataset("shapes", folder.Path, "test", Classes, items, [], "shapes");
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
