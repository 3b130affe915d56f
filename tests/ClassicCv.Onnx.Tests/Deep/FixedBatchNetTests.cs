using ClassicCv.Onnx.Deep;
using ClassicCv.TestSupport;

namespace ClassicCv.Onnx.Tests.Deep;

public sealed class FixedBatchNetTests
{
    private static readonly float[,] Weights = { { 1, -2, 0.5f, 3 }, { -1, 0.25f, 2, -0.5f }, { 0, 1, -1, 1.5f } };
    private static readonly float[] Bias = [0.5f, -1, 2];

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(5)]
    public void Given_a_linear_net_When_running_more_images_than_a_batch_Then_the_padded_last_batch_gives_exact_outputs(int batchSize)
    {
        using var folder = new TempFolder();
        var path = TinyOnnxModels.WriteLinear(folder.File("linear.onnx"), 1, 2, 2, Weights, Bias);
        using var net = FixedBatchNet.FromOnnx(path, batchSize, 1, 2, 2);
        var inputs = Enumerable.Range(0, 7 * 4).Select(i => (float)Math.Sin(i * 0.7)).ToArray();

        var outputs = net.Run(inputs, 7);

        Assert.Equal(3, net.OutputLength);
        Assert.Equal(7 * 3, outputs.Length);
        for (var n = 0; n < 7; n++)
        {
            for (var k = 0; k < 3; k++)
            {
                var expected = Bias[k] + Enumerable.Range(0, 4).Sum(j => Weights[k, j] * inputs[(n * 4) + j]);
                Assert.Equal(expected, outputs[(n * 3) + k], 1e-5f);
            }
        }
    }

    [Fact]
    public void Given_a_net_that_ran_a_full_batch_When_running_one_image_Then_it_equals_that_image_in_the_full_batch()
    {
        using var folder = new TempFolder();
        var path = TinyOnnxModels.WriteLinear(folder.File("linear.onnx"), 1, 2, 2, Weights, Bias);
        using var net = FixedBatchNet.FromOnnx(path, 4, 1, 2, 2);
        var inputs = Enumerable.Range(0, 16).Select(i => i * 0.1f).ToArray();
        var full = net.Run(inputs, 4);

        var single = net.Run(inputs.AsSpan(8, 4), 1);

        Assert.Equal(full.AsSpan(6, 3).ToArray(), single);
    }

    [Fact]
    public void Given_inputs_of_the_wrong_length_When_running_Then_it_names_the_expected_length()
    {
        using var folder = new TempFolder();
        var path = TinyOnnxModels.WriteLinear(folder.File("linear.onnx"), 1, 2, 2, Weights, Bias);
        using var net = FixedBatchNet.FromOnnx(path, 2, 1, 2, 2);

        var error = Assert.Throws<ArgumentException>(() => net.Run(new float[5], 1));

        Assert.Contains("1 × 4", error.Message, StringComparison.Ordinal);
    }
}
