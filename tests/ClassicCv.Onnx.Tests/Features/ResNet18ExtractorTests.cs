using System.Globalization;
using ClassicCv.Datasets;
using ClassicCv.Errors;
using ClassicCv.Onnx.Deep;
using ClassicCv.Onnx.Features;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.TestSupport;
using OpenCvSharp;
using OpenCvSharp.Dnn;

namespace ClassicCv.Onnx.Tests.Features;

public sealed class ResNet18ExtractorTests
{
    private const int Size = 224;

    [Fact]
    public void Given_a_fixed_image_When_extracting_at_224_Then_the_embedding_matches_the_onnx_runtime_reference()
    {
        var reference = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Deep", "TestData", "resnet18-synthetic-224.txt"))
            .Where(line => !line.StartsWith('#'))
            .Select(line => float.Parse(line, CultureInfo.InvariantCulture))
            .ToArray();
        using var image = SyntheticImage();

        var embedding = Extract.One(Fit(new ResNet18Options { Engine = DnnEngine.OpenCv }), image);

        Assert.Equal(512, reference.Length);
        for (var i = 0; i < reference.Length; i++)
        {
            Assert.True(Math.Abs(reference[i] - embedding[i]) <= 1e-4f * Math.Max(1f, Math.Abs(reference[i])), $"value {i}: OpenCV {embedding[i]}, ONNX Runtime {reference[i]}");
        }
    }

    [Fact]
    public void Given_a_fixed_image_When_preprocessing_Then_it_equals_the_packages_preprocessing_model()
    {
        using var image = SyntheticImage();
        var extractor = (ResNet18Extractor)Fit(new ResNet18Options());
        var ours = new float[3 * Size * Size];
        extractor.Preprocess(image, ours);
        var rgb = new float[3 * Size * Size];
        using (var bgr = image.Clone())
        {
            var bytes = new byte[3 * Size * Size];
            System.Runtime.InteropServices.Marshal.Copy(bgr.Data, bytes, 0, bytes.Length);
            for (var c = 0; c < 3; c++)
            {
                for (var p = 0; p < Size * Size; p++)
                {
                    rgb[(c * Size * Size) + p] = bytes[(p * 3) + (2 - c)];
                }
            }
        }

        using var package = FixedBatchNet.FromOnnx(ResNet18Files.Preprocess(ResNet18Files.DefaultFolder), 1, 3, Size, Size);
        var theirs = package.Run(rgb, 1);

        Assert.Equal(theirs, ours, (a, b) => Math.Abs(a - b) <= 1e-4f);
    }

    [Fact]
    public void Given_the_global_pool_backbone_at_224_When_running_Then_it_equals_the_shipped_7x7_pool()
    {
        var input = Enumerable.Range(0, 3 * Size * Size).Select(i => (float)((i * 37 % 255) - 120)).ToArray();
        using var shipped = FixedBatchNet.FromOnnx(ResNet18Files.Backbone(ResNet18Files.DefaultFolder), 1, 3, Size, Size);
        using var global = new FixedBatchNet(CvDnn.ReadNetFromOnnx(ResNet18Files.WithGlobalPool(ResNet18Files.DefaultFolder, Size))!, 1, 3, Size, Size);

        var expected = shipped.Run(input, 1);
        var actual = global.Run(input, 1);

        Assert.Equal(expected, actual, (a, b) => Math.Abs(a - b) <= 1e-5f * Math.Max(1f, Math.Abs(a)));
    }

    [Fact]
    public void Given_size_64_When_extracting_Then_it_gives_512_pooled_relu_values()
    {
        using var image = SyntheticImage();

        var embedding = Extract.One(Fit(new ResNet18Options { Size = 64 }), image);

        Assert.Equal(512, embedding.Length);
        Assert.All(embedding, value => Assert.True(float.IsFinite(value) && value >= 0));
        Assert.True(embedding.Count(value => value > 0) > 100);
    }

    [Fact]
    public void Given_two_layers_When_extracting_Then_each_part_is_that_layers_global_average()
    {
        using var image = SyntheticImage();
        var extractor = (ResNet18Extractor)Fit(new ResNet18Options { Size = 64, Layers = [ResNet18Layer.All.Single(layer => layer.Name == "final"), ResNet18Layer.All.Single(layer => layer.Name == "stage3")] });
        var input = new float[3 * 64 * 64];
        extractor.Preprocess(image, input);
        using var net = CvDnn.ReadNetFromOnnx(ResNet18Files.WithGlobalPool(ResNet18Files.DefaultFolder, 64))!;
        using var blob = Mat.FromPixelData([1, 3, 64, 64], MatType.CV_32FC1, input);
        net.SetInput(blob);
        using var stage3 = net.Forward("onnx_node!ReLU347");
        var activations = new float[stage3.Total()];
        System.Runtime.InteropServices.Marshal.Copy(stage3.Data, activations, 0, activations.Length);
        var perChannel = activations.Length / 256;
        var expectedStage3 = Enumerable.Range(0, 256).Select(c => activations.Skip(c * perChannel).Take(perChannel).Average()).ToArray();

        var embedding = Extract.One(extractor, image);
        var final = Extract.One(Fit(new ResNet18Options { Size = 64 }), image);

        Assert.Equal(256 + 512, embedding.Length);
        Assert.Equal(expectedStage3, embedding[..256], (a, b) => Math.Abs(a - b) <= 1e-4f * Math.Max(1f, Math.Abs(a)));
        Assert.Equal(final, embedding[256..], (a, b) => Math.Abs(a - b) <= 1e-4f * Math.Max(1f, Math.Abs(a)));
    }

    [Fact]
    public void Given_layers_at_the_shipped_224_When_extracting_Then_the_final_part_is_the_shipped_embedding()
    {
        using var image = SyntheticImage();

        var embedding = Extract.One(Fit(new ResNet18Options { Layers = [ResNet18Layer.All.Single(layer => layer.Name == "stage4b"), ResNet18Layer.All.Single(layer => layer.Name == "final")] }), image);
        var final = Extract.One(Fit(new ResNet18Options()), image);

        Assert.Equal(512 + 512, embedding.Length);
        Assert.Equal(final, embedding[512..], (a, b) => Math.Abs(a - b) <= 1e-4f * Math.Max(1f, Math.Abs(a)));
        Assert.Contains(embedding[..512], value => value > 0);
    }

    public static TheoryData<ResNet18Options, ResNet18Options> Engines => new()
    {
        { new ResNet18Options { Engine = DnnEngine.OpenCv }, new ResNet18Options { Engine = DnnEngine.OnnxRuntime } },
        { new ResNet18Options { Size = 64, Layers = ResNet18Layer.All, Flip = true, Engine = DnnEngine.OpenCv }, new ResNet18Options { Size = 64, Layers = ResNet18Layer.All, Flip = true, Engine = DnnEngine.OnnxRuntime } },
        { new ResNet18Options { Engine = DnnEngine.OpenCv }, new ResNet18Options() },
    };

    [Theory]
    [MemberData(nameof(Engines))]
    public void Given_the_onnx_runtime_engine_When_extracting_Then_the_features_equal_opencvs(ResNet18Options opencv, ResNet18Options onnxRuntime)
    {
        using var image = SyntheticImage();

        var expected = Extract.One(Fit(opencv), image);
        var actual = Extract.One(Fit(onnxRuntime), image);

        Assert.Equal(expected, actual, (a, b) => Math.Abs(a - b) <= 1e-4f * Math.Max(1f, Math.Abs(a)));
        Assert.Contains(actual, value => value > 0);
    }

    [Fact]
    public void Given_flip_When_extracting_Then_the_embedding_is_the_mean_of_the_image_and_its_mirror()
    {
        using var image = SyntheticImage();
        using var mirror = image.Flip(FlipMode.Y);
        var plain = Fit(new ResNet18Options { Size = 64 });

        var flipped = Extract.One(Fit(new ResNet18Options { Size = 64, Flip = true }), image);
        var expected = Extract.One(plain, image).Zip(Extract.One(plain, mirror), (a, b) => (a + b) / 2).ToArray();

        Assert.Equal(expected, flipped, (a, b) => Math.Abs(a - b) <= 1e-4f * Math.Max(1f, Math.Abs(a)));
        Assert.NotEqual(Extract.One(plain, image), flipped, (a, b) => Math.Abs(a - b) <= 1e-4f * Math.Max(1f, Math.Abs(a)));
    }

    [Fact]
    public void Given_a_models_folder_without_the_network_When_fitting_Then_the_error_names_the_missing_file()
    {
        var error = Assert.Throws<UserInputException>(() => Fit(new ResNet18Options { ModelsFolder = "/nowhere" }));

        Assert.Contains("'/nowhere/ResNet18Onnx/ResNet18.onnx' is missing", error.Message, StringComparison.Ordinal);
    }

    private static IFeatureExtractor Fit(ResNet18Options options)
    {
        var dataset = new ImageDataset("none", "", "test", ["a"], [], [], "none");
        return new ResNet18Spec(options).Fit(new FeatureFitContext(dataset, [], Size, Size, 1, new ImageStreamer(1)));
    }

    private static Mat SyntheticImage()
    {
        var image = new Mat(Size, Size, MatType.CV_8UC3);
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                image.Set(y, x, new Vec3b((byte)(((5 * x) + (3 * y)) % 256), (byte)(((x * y / 7) + 40) % 256), (byte)(((255 - x + (y / 2)) % 256 + 256) % 256)));
            }
        }

        return image;
    }
}
