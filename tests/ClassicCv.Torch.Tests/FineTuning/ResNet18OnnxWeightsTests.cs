using ClassicCv.Onnx.Deep;
using ClassicCv.Torch.FineTuning;
using ClassicCv.Torch.Native;
using TorchSharp;

namespace ClassicCv.Torch.Tests.FineTuning;

public sealed class ResNet18OnnxWeightsTests
{
    [Fact]
    public void Given_the_shipped_resnet18_When_loaded_into_the_torchsharp_network_Then_its_embedding_equals_opencv_dnns_on_the_file()
    {
        LibTorchLoader.EnsureLoaded();
        torch.set_num_threads(2);
        var file = ResNet18Files.Backbone(ResNet18Files.DefaultFolder);
        const int side = 224;
        var random = new Random(11);
        var image = Enumerable.Range(0, 3 * side * side).Select(_ => (float)((random.NextDouble() * 255) - 120)).ToArray();
        using var network = new ResNet18Network(classes: 0);
        ResNet18OnnxWeights.Load(network, file);
        network.eval();

        float[] torchEmbedding;
        using (torch.no_grad())
        using (var input = torch.tensor(image, [1, 3, side, side]))
        using (var embedding = network.forward(input))
        {
            torchEmbedding = embedding.data<float>().ToArray();
        }

        using var net = new FixedBatchNet(OpenCvSharp.Dnn.CvDnn.ReadNetFromOnnx(file)!, 1, 3, side, side);
        var opencvEmbedding = net.Run(image, 1);

        Assert.Equal(ResNet18Network.EmbeddingLength, torchEmbedding.Length);
        Assert.Equal(opencvEmbedding.Length, torchEmbedding.Length);
        Assert.True(opencvEmbedding.Max() > 0.1f, "the embedding of a random image should not vanish");
        var worst = opencvEmbedding.Zip(torchEmbedding, (a, b) => Math.Abs(a - b) / Math.Max(1, Math.Abs(a))).Max();
        Assert.True(worst <= 1e-4, $"largest difference {worst}");
    }

    [Fact]
    public void Given_a_network_with_a_head_When_counting_its_layers_Then_every_convolution_has_its_normalisation_and_the_head_its_classes()
    {
        LibTorchLoader.EnsureLoaded();
        using var network = new ResNet18Network(classes: 10);

        Assert.Equal(22, network.ConvolutionLayers.Count);
        Assert.Equal(10, network.Head!.weight!.shape[0]);
        using var output = network.forward(torch.zeros(2, 3, 64, 64));
        Assert.Equal([2L, 10L], output.shape);
    }

    [Fact]
    public void Given_the_pretrained_network_with_a_new_head_When_exported_and_run_by_opencv_Then_its_logits_equal_torchsharps()
    {
        LibTorchLoader.EnsureLoaded();
        torch.set_num_threads(2);
        torch.manual_seed(5);
        const int side = 64, count = 3, classes = 4;
        using var network = new ResNet18Network(classes);
        ResNet18OnnxWeights.Load(network, ResNet18Files.Backbone(ResNet18Files.DefaultFolder));
        network.eval();
        var random = new Random(2);
        var images = Enumerable.Range(0, count * 3 * side * side).Select(_ => (float)((random.NextDouble() * 255) - 120)).ToArray();
        float[] expected;
        using (torch.no_grad())
        using (var input = torch.tensor(images, [count, 3, side, side]))
        using (var logits = network.forward(input))
        {
            expected = logits.data<float>().ToArray();
        }

        using var net = new FixedBatchNet(OpenCvSharp.Dnn.CvDnn.ReadNetFromOnnx(ResNet18OnnxExport.ToBytes(network, side))!, 2, 3, side, side);
        var actual = net.Run(images, count);

        Assert.Equal(count * classes, expected.Length);
        Assert.Equal(expected, actual, (a, b) => Math.Abs(a - b) <= 1e-3f * Math.Max(1, Math.Abs(a)));
    }
}
