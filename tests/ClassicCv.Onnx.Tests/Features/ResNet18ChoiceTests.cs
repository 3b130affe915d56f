using ClassicCv.Datasets;
using ClassicCv.Onnx.Features;
using ClassicCv.Onnx.Deep;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;

namespace ClassicCv.Onnx.Tests.Features;

public sealed class ResNet18ChoiceTests
{
    [Theory]
    [InlineData(32, 32)]
    [InlineData(20, 20)]
    [InlineData(64, 48)]
    public void Given_small_training_images_and_no_options_When_fitting_Then_it_upscales_to_128_with_three_layers_and_the_mirror(int width, int height)
    {
        var extractor = Fit(new ResNet18Options(), width, height);

        Assert.Contains("resnet18:size=128;pool=global-average;layers=stage3+stage4b+final;flip=True;engine=OnnxRuntime;", extractor.Settings, StringComparison.Ordinal);
        Assert.Equal(256 + 512 + 512, extractor.Length);
        var note = Assert.Single(extractor.Notes, n => n.Contains("chose", StringComparison.Ordinal));
        Assert.Contains($"chose size=128, layers=stage3+stage4b+final, flip=true for {width}×{height} training images (images ≤ 64 px", note, StringComparison.Ordinal);
        Assert.Contains("ran on engine=onnxruntime", note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(65, 64)]
    [InlineData(224, 224)]
    [InlineData(500, 375)]
    public void Given_larger_training_images_and_no_options_When_fitting_Then_it_runs_the_shipped_224_embedding(int width, int height)
    {
        var extractor = Fit(new ResNet18Options(), width, height);

        Assert.Contains("resnet18:size=224;pool=average7x7;layers=final;flip=False;engine=OnnxRuntime;", extractor.Settings, StringComparison.Ordinal);
        Assert.Equal(512, extractor.Length);
        Assert.Contains(extractor.Notes, n => n.Contains($"chose size=224, layers=final, flip=false for {width}×{height} training images (images > 64 px", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_some_options_When_fitting_small_images_Then_only_the_missing_ones_are_chosen_and_named()
    {
        var extractor = Fit(new ResNet18Options { Size = 64, Flip = false }, 32, 32);

        Assert.Contains("size=64;pool=global-average;layers=stage3+stage4b+final;flip=False;", extractor.Settings, StringComparison.Ordinal);
        var note = Assert.Single(extractor.Notes, n => n.Contains("chose", StringComparison.Ordinal));
        Assert.StartsWith("resnet18[size=64,flip=false]: chose layers=stage3+stage4b+final for 32×32 training images (", note, StringComparison.Ordinal);
        var chosen = note[(note.IndexOf(": chose ", StringComparison.Ordinal) + ": chose ".Length)..note.IndexOf(" for 32×32", StringComparison.Ordinal)];
        Assert.Equal("layers=stage3+stage4b+final", chosen);
    }

    [Fact]
    public void Given_every_option_When_fitting_Then_nothing_is_chosen_and_the_engine_is_the_one_given()
    {
        var extractor = Fit(new ResNet18Options { Size = 224, Layers = [ResNet18Layer.All.Single(layer => layer.Name == "final")], Flip = false, Engine = DnnEngine.OpenCv }, 32, 32);

        Assert.Contains("size=224;pool=average7x7;layers=final;flip=False;engine=OpenCv;", extractor.Settings, StringComparison.Ordinal);
        Assert.Empty(extractor.Notes);
    }

    private static IFeatureExtractor Fit(ResNet18Options options, int width, int height)
    {
        var dataset = new ImageDataset("none", "", "test", ["a"], [], [], "none");
        return new ResNet18Spec(options).Fit(new FeatureFitContext(dataset, [], width, height, 1, new ImageStreamer(1)));
    }
}
