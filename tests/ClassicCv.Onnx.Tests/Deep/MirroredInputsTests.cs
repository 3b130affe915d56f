using ClassicCv.Onnx.Deep;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.TestSupport;
using OpenCvSharp;

namespace ClassicCv.Onnx.Tests.Deep;

public sealed class MirroredInputsTests
{
    [Fact]
    public void Given_two_images_of_two_rows_When_mirroring_Then_every_row_is_reversed_in_place_of_itself()
    {
        float[] inputs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

        Assert.Equal([3, 2, 1, 6, 5, 4, 9, 8, 7, 12, 11, 10], MirroredInputs.Mirror(inputs, 3));
    }

    [Fact]
    public void Given_a_linear_network_scored_with_test_time_flips_When_predicting_Then_each_score_is_the_mean_of_the_images_and_its_mirrors()
    {
        using var folder = new TempFolder();
        // Output k reads pixel k of a 3×1 image; on the mirror it reads pixel 2 − k.
        var model = TinyOnnxModels.WriteLinear(folder.File("net.onnx"), 1, 1, 3, new float[,] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } }, [0, 0, 0]);
        var input = new NetInput(3, 1, 1, ChannelOrder.Rgb, 1f, [0f], [1f]);
        using var image = Mat.FromPixelData(1, 3, MatType.CV_8UC1, new byte[] { 10, 40, 100 });
        using var plain = new OnnxImageClassifier(FixedBatchNet.FromOnnx(model, 2, 1, 1, 3), new ImagePreprocessor(input), ["a", "b", "c"], [0, 1, 2], new ImageStreamer(1));
        using var flipped = new OnnxImageClassifier(FixedBatchNet.FromOnnx(model, 2, 1, 1, 3), new ImagePreprocessor(input), ["a", "b", "c"], [0, 1, 2], new ImageStreamer(1)) { MirrorAveraged = true };

        Assert.Equal([10f, 40f, 100f], plain.Predict([image]).Scores!, (a, b) => Math.Abs(a - b) < 1e-4);
        Assert.Equal([55f, 40f, 55f], flipped.Predict([image]).Scores!, (a, b) => Math.Abs(a - b) < 1e-4);
    }
}
