using ClassicCv.Catalogs;
using ClassicCv.Datasets;
using ClassicCv.Errors;
using ClassicCv.Onnx.Deep;
using ClassicCv.Onnx.Features;
using ClassicCv.Onnx.Features.Encodings;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Features.Encodings;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.Runs;
using OpenCvSharp;

namespace ClassicCv.Cli.Tests.Catalogs;

/// <summary>The catalog's text form and the typed options a C# user builds are one thing.</summary>
public sealed class FeatureCatalogOptionsTests
{
    private static readonly ImageDataset NoData = new("none", "", "", ["a"], [], [], "");

    public static TheoryData<string, object> Defaults => new()
    {
        { "hog", new HogOptions() },
        { "lbp", new LbpOptions() },
        { "raw", new RawPixelsOptions() },
        { "color-hist", new ColorHistogramOptions() },
        { "sift-bovw", new SiftBovwOptions() },
        { "resnet18", new ResNet18Options() },
        { "kmeans-patches", new KMeansPatchesOptions() },
        { "fisher", new FisherOptions() },
        { "vlad", new VladOptions() },
    };

    public static TheoryData<string, IFeatureExtractorSpec> Equivalents => new()
    {
        { "hog[cell=4,bins=6,signed=true]", new HogSpec(new() { Cell = 4, Bins = 6, Signed = true }) },
        { "hog[preset=skimage]", new HogSpec(HogOptions.ScikitImagePreset) },
        { "lbp[grid=2,size=12x10]", new LbpSpec(new() { Grid = 2, Size = (12, 10) }) },
        { "raw[size=8x4,color=true]", new RawPixelsSpec(new() { Size = (8, 4), Color = true }) },
        { "color-hist[space=rgb,bins=4,grid=2]", new ColorHistogramSpec(new() { Space = ColorSpace.Rgb, Bins = 4, Grid = 2 }) },
        { "sift-bovw[k=64,assign=soft,pyramid=true]", new SiftBovwSpec(new() { Words = 64, Assignment = BovwAssignment.Soft, Pyramid = true }) },
        { "resnet18[size=64,flip=false,engine=opencv]", new ResNet18Spec(new() { Size = 64, Flip = false, Engine = DnnEngine.OpenCv }) },
        { "kmeans-patches[k=8,patch=4,sample=1000]", new KMeansPatchesSpec(new() { Words = 8, Patch = 4, Sample = 1000 }) },
        { "kmeans-patches[k=8,whitening=2.5]", new KMeansPatchesSpec(new() { Words = 8, Whitening = 2.5 }) },
        { "fisher[k=4,pca=8,sample=1000]", new FisherSpec(new() { Components = 4, DenseSift = new() { Components = 8, Sample = 1000 } }) },
        { "vlad[k=4,iterations=5,step=4]", new VladSpec(new() { Words = 4, Iterations = 5, DenseSift = new() { Step = 4 } }) },
    };

    [Theory]
    [MemberData(nameof(Defaults))]
    public void Given_a_name_without_parameters_When_parsing_Then_its_options_are_the_options_types_defaults(string name, object defaults)
    {
        var spec = FeatureCatalog.ParseOne(name);

        Assert.Equal(defaults, Options(spec));
        Assert.Equal(name, spec.Name);
    }

    [Theory]
    [MemberData(nameof(Equivalents))]
    public void Given_text_and_the_same_options_built_in_csharp_When_parsing_Then_the_options_are_equal_and_the_canonical_name_parses_back(string text, IFeatureExtractorSpec built)
    {
        var parsed = FeatureCatalog.ParseOne(text);

        Assert.Equal(text, parsed.Name);
        Assert.Equal(Options(built), Options(parsed));
        Assert.Equal(Options(built), Options(FeatureCatalog.ParseOne(built.Name)));
    }

    [Theory]
    [InlineData("hog[cell=4,bins=6]")]
    [InlineData("hog")]
    [InlineData("lbp[grid=2]")]
    [InlineData("raw[size=8x4,color=true]")]
    [InlineData("color-hist[bins=4,grid=2]")]
    [InlineData("hog[cell=4]+lbp[grid=2]")]
    public void Given_text_When_a_spec_is_built_from_the_same_options_Then_settings_and_features_on_a_tiny_image_are_identical(string text)
    {
        var parsed = FeatureCatalog.ParseOne(text);
        var built = Rebuild(parsed);
        using var image = new Mat(16, 16, MatType.CV_8UC3);
        Cv2.Randu(image, new Scalar(0, 0, 0), new Scalar(255, 255, 255));

        var fromText = Fit(parsed);
        var fromOptions = Fit(built);

        Assert.Equal(fromText.Settings, fromOptions.Settings);
        Assert.Equal(Extract(fromText, image), Extract(fromOptions, image));
    }

    [Fact]
    public void Given_text_written_in_any_order_When_parsing_Then_the_name_is_the_text_as_written()
    {
        var spec = FeatureCatalog.ParseOne("hog[bins=6, cell=4]");

        Assert.Equal("hog[bins=6, cell=4]", spec.Name);
        Assert.Equal("hog[cell=4,bins=6]", new HogSpec(((HogSpec)spec).Options).Name);
    }

    [Fact]
    public void Given_specs_built_from_options_When_building_an_experiment_Then_it_holds_their_canonical_text()
    {
        var experiment = Experiment.On("digits").Features(new HogSpec(new() { Cell = 4 }), new CompositeSpec([new RawPixelsSpec(), new LbpSpec(new() { Grid = 2 })])).Build();

        Assert.Equal("hog[cell=4],raw+lbp[grid=2]", experiment.Features);
        Assert.Equal(["hog[cell=4]", "raw+lbp[grid=2]"], FeatureCatalog.Parse(experiment.Features).Select(spec => spec.Name));
    }

    [Theory]
    [InlineData("hog[cell=1]", "cell=1")]
    [InlineData("hog[block=0]", "block=0")]
    [InlineData("hog[bins=1]", "bins=1")]
    [InlineData("hog[signed=maybe]", "signed=maybe")]
    [InlineData("hog[size=axb]", "size=axb")]
    [InlineData("hog[orientations=9]", "valid parameters: cell, block, stride, bins, signed, size, preset")]
    [InlineData("hog[preset=dalal]", "preset=dalal")]
    [InlineData("hog[cell=1]", "cell=1; expected a whole number from 2 to 256")]
    [InlineData("hog[bins=1]", "bins=1; expected a whole number from 2 to 64")]
    [InlineData("hog[width=3]", "unknown parameter 'width'; valid parameters: cell, block, stride, bins, signed, size")]
    [InlineData("color-hist[space=xyz]", "space=xyz")]
    [InlineData("color-hist[bins=1]", "bins=1")]
    [InlineData("color-hist[bins=65]", "bins=65")]
    [InlineData("color-hist[grid=0]", "grid=0")]
    [InlineData("color-hist[size=0x4]", "size=0x4")]
    [InlineData("color-hist[cell=4]", "valid parameters: space, bins, grid, size")]
    [InlineData("lbp[grid=0]", "grid=0")]
    [InlineData("lbp[grid=17]", "grid=17")]
    [InlineData("lbp[radius=2]", "valid parameters: grid, size")]
    [InlineData("raw[size=0]", "size=0")]
    [InlineData("raw[size=4097x2]", "size=4097x2")]
    [InlineData("raw[color=rgb]", "color=rgb")]
    [InlineData("raw[scale=1]", "valid parameters: size, color")]
    [InlineData("sift-bovw[k=1]", "k=1")]
    [InlineData("sift-bovw[step=0]", "step=0")]
    [InlineData("sift-bovw[patch=2]", "patch=2")]
    [InlineData("sift-bovw[scales=5]", "scales=5")]
    [InlineData("sift-bovw[assign=fuzzy]", "assign=fuzzy")]
    [InlineData("sift-bovw[pyramid=maybe]", "pyramid=maybe")]
    [InlineData("sift-bovw[sample=10]", "sample=10")]
    [InlineData("sift-bovw[words=8]", "valid parameters: k, step, patch, scales, detect, assign, pyramid, sample, size")]
    [InlineData("kmeans-patches[k=1]", "k=1")]
    [InlineData("kmeans-patches[patch=1]", "patch=1")]
    [InlineData("kmeans-patches[stride=0]", "stride=0")]
    [InlineData("kmeans-patches[whitening=0]", "whitening=0")]
    [InlineData("kmeans-patches[words=8]", "valid parameters: k, patch, stride, sample, iterations, whitening, size")]
    [InlineData("fisher[k=1]", "k=1")]
    [InlineData("fisher[pca=200]", "pca=200")]
    [InlineData("vlad[step=0]", "step=0")]
    [InlineData("vlad[pyramid=true]", "valid parameters: k, iterations, step, patch, scales, pca, sample, size")]
    [InlineData("resnet18[layers=stage9]", "layers=stage9; expected distinct names joined by '+' from: stage2, stage3, stage4a, stage4b, final")]
    [InlineData("resnet18[layers=final+final]", "layers=final+final; expected distinct names")]
    [InlineData("resnet18[engine=tensorrt]", "one of opencv, onnxruntime")]
    [InlineData("resnet18[size=100]", "expected 224 (as shipped) or a multiple of 32")]
    [InlineData("resnet18[size=16]", "from 32 to 1024")]
    public void Given_a_bad_parameter_When_parsing_Then_the_message_names_it(string text, string expected)
    {
        var error = Assert.Throws<UserInputException>(() => FeatureCatalog.ParseOne(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static object Options(IFeatureExtractorSpec spec) => spec switch
    {
        HogSpec hog => hog.Options,
        LbpSpec lbp => lbp.Options,
        RawPixelsSpec raw => raw.Options,
        ColorHistogramSpec hist => hist.Options,
        SiftBovwSpec sift => sift.Options,
        ResNet18Spec resnet => resnet.Options,
        KMeansPatchesSpec patches => patches.Options,
        FisherSpec fisher => fisher.Options,
        VladSpec vlad => vlad.Options,
        _ => throw new ArgumentException($"No options for {spec.GetType().Name}.", nameof(spec)),
    };

    private static IFeatureExtractorSpec Rebuild(IFeatureExtractorSpec spec) => spec switch
    {
        HogSpec hog => new HogSpec(hog.Options),
        LbpSpec lbp => new LbpSpec(lbp.Options),
        RawPixelsSpec raw => new RawPixelsSpec(raw.Options),
        ColorHistogramSpec hist => new ColorHistogramSpec(hist.Options),
        CompositeSpec composite => new CompositeSpec(composite.Parts.Select(Rebuild).ToArray()),
        _ => throw new ArgumentException($"Not rebuilt here: {spec.GetType().Name}.", nameof(spec)),
    };

    private static IFeatureExtractor Fit(IFeatureExtractorSpec spec) =>
        spec.Fit(new FeatureFitContext(NoData, [], 16, 16, 42, new ImageStreamer(1)));

    private static float[] Extract(IFeatureExtractor extractor, Mat image)
    {
        var values = new float[extractor.Length];
        using var worker = extractor.CreateWorker();
        worker.Extract(image, values);
        return values;
    }
}
