using ClassicCv.Datasets;
using ClassicCv.Errors;
using ClassicCv.Experiments;
using ClassicCv.Onnx.Deep;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.Splitting;
using ClassicCv.TestSupport;
using OpenCvSharp;

namespace ClassicCv.Onnx.Tests.Deep;

public sealed class OnnxClassifierTrainerTests
{
    private static readonly string[] Classes = ["left", "middle", "right"];

    [Fact]
    public void Given_a_linear_onnx_model_with_permuted_labels_When_running_an_experiment_Then_every_test_image_is_classified_right()
    {
        using var folder = new TempFolder();
        var dataset = WriteDataset(folder, 4);
        // Output k scores bright pixel k of a 3×1 image; the JSON labels say output 0 is "right", 1 "left", 2 "middle".
        var weights = new float[,] { { 0, 0, 1 }, { 1, 0, 0 }, { 0, 1, 0 } };
        var model = TinyOnnxModels.WriteLinear(folder.File("net.onnx"), 1, 1, 3, weights, [0, 0, 0]);
        File.WriteAllText(folder.File("net.json"), """{"inputSize": [3, 1], "channels": 1, "labels": ["right", "left", "middle"], "batchSize": 5}""");
        var trainer = new OnnxClassifierTrainer(OnnxClassifierOptions.Load(model), new ImageStreamer(2));
        var split = new DataSplit([0, 1, 2], Enumerable.Range(3, dataset.Items.Count - 3).ToArray(), "fixed");

        var outcome = new ExperimentRunner(new SilentObserver()).Run(dataset, split, [trainer]);

        var result = Assert.Single(outcome.Results);
        Assert.Equal("image/onnx:net.onnx", result.Name);
        Assert.Equal(1.0, result.Metrics.Accuracy, 1e-12);
        Assert.Equal(dataset.Items.Count - 3, result.TestCount);
    }

    [Fact]
    public void Given_a_model_with_more_outputs_than_classes_When_training_Then_it_is_a_clear_error()
    {
        using var folder = new TempFolder();
        var dataset = WriteDataset(folder, 1);
        var model = TinyOnnxModels.WriteLinear(folder.File("net.onnx"), 1, 1, 3, new float[4, 3], [0, 0, 0, 0]);
        var trainer = new OnnxClassifierTrainer(Gray(model, 3, 1), new ImageStreamer(1));

        var error = Assert.Throws<UserInputException>(() => trainer.Prepare(dataset, new DataSplit([0], [], "one image")).Train([0]));

        Assert.Contains("outputs 4 values per image but the dataset has 3 classes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_input_size_the_model_does_not_take_When_training_Then_it_is_a_clear_error()
    {
        using var folder = new TempFolder();
        var dataset = WriteDataset(folder, 1);
        var model = TinyOnnxModels.WriteLinear(folder.File("net.onnx"), 1, 1, 3, new float[3, 3], [0, 0, 0]);
        var trainer = new OnnxClassifierTrainer(Gray(model, 5, 5), new ImageStreamer(1));

        var error = Assert.Throws<UserInputException>(() => trainer.Prepare(dataset, new DataSplit([0], [], "one image")).Train([0]));

        Assert.Contains("does not accept a 1×5×5 input", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_file_that_is_not_onnx_When_training_Then_it_is_a_clear_error()
    {
        using var folder = new TempFolder();
        var dataset = WriteDataset(folder, 1);
        File.WriteAllText(folder.File("net.onnx"), "not a model");
        var trainer = new OnnxClassifierTrainer(Gray(folder.File("net.onnx"), 3, 1), new ImageStreamer(1));

        var error = Assert.Throws<UserInputException>(() => trainer.Prepare(dataset, new DataSplit([0], [], "one image")).Train([0]));

        Assert.Contains("OpenCV could not load the ONNX model", error.Message, StringComparison.Ordinal);
    }

    // The options a C# user gives for a grayscale network: scale 1/255, mean 0, std 1, batches of 32.
    private static OnnxClassifierOptions Gray(string model, int width, int height) =>
        new(model, new NetInput(width, height, 1, ChannelOrder.Rgb, 1 / 255f, [0f], [1f]), null, 32, null);

    private static ImageDataset WriteDataset(TempFolder folder, int perClass)
    {
        var items = new List<DatasetItem>();
        for (var n = 0; n < perClass; n++)
        {
            for (var label = 0; label < Classes.Length; label++)
            {
                using var image = new Mat(1, 3, MatType.CV_8UC1, new Scalar(20 + n));
                image.Set(0, label, (byte)(200 + n));
                var path = folder.File($"{Classes[label]}-{n}.png");
                Cv2.ImWrite(path, image);
                items.Add(new DatasetItem($"{Classes[label]}/{n}", new FileImageLocation(path), label, null));
            }
        }

        return new ImageDataset("tiny", folder.Path, "test", Classes, items, [], "tiny");
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
