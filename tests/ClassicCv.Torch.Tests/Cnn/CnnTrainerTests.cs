using ClassicCv.Configuration;
using ClassicCv.Datasets;
using ClassicCv.Errors;
using ClassicCv.Experiments;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.Splitting;
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
        var options = CnnOptions.Parse(ComponentSpec.Parse("cnn[width=4,epochs=15,batch=8,lr=0.01,validation=0.2,patience=15,augment=true]", "deep model"));
        var trainer = new CnnTrainer(options, 5, folder.File("models"), new ImageStreamer(2));

        var outcome = new ExperimentRunner(new SilentObserver()).Run(dataset, split, [trainer]);

        var result = Assert.Single(outcome.Results);
        Assert.Equal("image/cnn", result.Name);
        Assert.True(result.Metrics.Accuracy >= 0.9, $"accuracy {result.Metrics.Accuracy}");
        Assert.True(File.Exists(result.Settings["model"]));
        Assert.Equal("size=12x12;channels=1;order=rgb;scale=0.003921569;mean=0.5;std=0.5", result.Settings["input"]);
        Assert.False(trainer.Settings.ContainsKey("model"));   // what training resolved is in the result, never in the trainer
    }

    [Theory]
    [InlineData("cnn[dropout=1]", "expected dropout in [0, 1)")]
    [InlineData("cnn[channels=2]", "expected 1 (grayscale) or 3 (colour)")]
    [InlineData("cnn[depth=3]", "depth")]
    public void Given_bad_options_When_parsing_Then_the_error_says_what_was_expected(string text, string expected)
    {
        var error = Assert.Throws<UserInputException>(() => CnnOptions.Parse(ComponentSpec.Parse(text, "deep model")));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_input_too_small_for_two_poolings_When_training_Then_it_is_a_clear_error()
    {
        using var folder = new TempFolder();
        var dataset = WriteDataset(folder, 2);
        var trainer = new CnnTrainer(CnnOptions.Parse(ComponentSpec.Parse("cnn[size=8x8]", "deep model")), 1, folder.File("models"), new ImageStreamer(1));

        var error = Assert.Throws<UserInputException>(() => trainer.Prepare(dataset, new DataSplit([0, 1, 2], [], "three images")).Train([0, 1, 2]));

        Assert.Contains("too small", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_one_image_per_class_When_training_with_validation_Then_it_says_to_set_validation_0()
    {
        using var folder = new TempFolder();
        var dataset = WriteDataset(folder, 1);
        var trainer = new CnnTrainer(CnnOptions.Parse(ComponentSpec.Parse("cnn[width=2,epochs=1]", "deep model")), 1, folder.File("models"), new ImageStreamer(1));

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
