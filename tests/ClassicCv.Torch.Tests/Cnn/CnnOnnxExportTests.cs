using ClassicCv.Onnx.Deep;
using ClassicCv.Torch.Cnn;
using ClassicCv.Torch.Native;
using Onnx;
using TorchSharp;

namespace ClassicCv.Torch.Tests.Cnn;

public sealed class CnnOnnxExportTests
{
    [Theory]
    [InlineData(1, 12, 10, 0)]
    [InlineData(3, 9, 11, 1)]
    public void Given_a_seeded_tiny_cnn_When_exported_and_run_by_opencv_Then_logits_equal_torchsharps(int channels, int height, int width, int padding)
    {
        LibTorchLoader.EnsureLoaded();
        torch.set_num_threads(1);
        torch.manual_seed(7);
        var options = new CnnOptions { Width = 3, Padding = padding, Dropout = 0.5 };
        using var network = new CnnNetwork(channels, height, width, 4, options);
        const int count = 5;
        var random = new Random(3);
        var images = Enumerable.Range(0, count * channels * height * width).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray();
        var expected = CnnTraining.Logits(network, images, count);
        var bytes = CnnOnnxExport.ToBytes(network);

        using var net = new FixedBatchNet(OpenCvSharp.Dnn.CvDnn.ReadNetFromOnnx(bytes)!, 2, channels, height, width);
        var actual = net.Run(images, count);

        Assert.Equal(count * 4, expected.Length);
        Assert.Equal(expected, actual, (a, b) => Math.Abs(a - b) <= 1e-4f);
    }

    [Fact]
    public void Given_an_exported_cnn_When_reading_its_maxpool_nodes_Then_strides_are_explicit_and_no_int_attribute_is_zero()
    {
        LibTorchLoader.EnsureLoaded();
        using var network = new CnnNetwork(1, 12, 12, 2, new CnnOptions { Width = 2 });

        var model = ModelProto.Parser.ParseFrom(CnnOnnxExport.ToBytes(network));

        Assert.All(model.Graph.Node.Where(n => n.OpType == "MaxPool"), node => Assert.Equal([2L, 2L], node.Attribute.Single(a => a.Name == "strides").Ints));
        Assert.DoesNotContain(model.Graph.Node.SelectMany(n => n.Attribute), a => a.Type == AttributeProto.Types.AttributeType.Int && a.I == 0);
    }
}
