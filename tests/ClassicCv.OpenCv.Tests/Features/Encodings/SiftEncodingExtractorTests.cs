using ClassicCv.Configuration;
using ClassicCv.Errors;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Features.Encodings;
using ClassicCv.TestSupport;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Tests.Features.Encodings;

public sealed class SiftEncodingExtractorTests : IDisposable
{
    private readonly SyntheticDataset _data = SyntheticDataset.Textures(16, 32, color: false, seed: 11);

    public void Dispose() => _data.Dispose();

    private static IFeatureExtractorSpec Spec(string text) =>
        text.StartsWith("fisher", StringComparison.Ordinal) ? new FisherSpec(ComponentSpec.Parse(text, "feature")) : new VladSpec(ComponentSpec.Parse(text, "feature"));

    [Theory]
    [InlineData("fisher[k=4,pca=8,sample=1000]", 2 * 4 * 8)]
    [InlineData("fisher[k=4,pca=8,sample=1000,pyramid=true]", 5 * 2 * 4 * 8)]
    [InlineData("vlad[k=4,pca=8,sample=1000]", 4 * 8)]
    public void Given_textures_When_fitting_twice_with_one_seed_Then_the_state_and_unit_length_vectors_are_identical(string text, int length)
    {
        var first = (SiftEncodingExtractor)Spec(text).Fit(_data.FitContext(7));
        var second = (SiftEncodingExtractor)Spec(text).Fit(_data.FitContext(7));
        using var image = Cv2.ImRead(_data.Folder + "/0003.png", ImreadModes.Grayscale);

        var values = Extract.One(first, image);

        Assert.Equal(length, first.Length);
        Assert.Equal(first.Settings, second.Settings);
        Assert.Equal(values, Extract.One(second, image));
        Assert.Equal(1.0, Math.Sqrt(values.Sum(v => (double)v * v)), 5);
        Assert.NotEqual(first.Settings, ((SiftEncodingExtractor)Spec(text).Fit(_data.FitContext(8))).Settings);
    }

    [Fact]
    public void Given_the_learnt_pca_When_projecting_its_sample_mean_Then_it_lands_at_the_origin()
    {
        var extractor = (SiftEncodingExtractor)Spec("vlad[k=4,pca=8,sample=1000]").Fit(_data.FitContext(7));
        var mean = (float[])extractor.Projection.Mean.Clone();
        using var row = Mat.FromPixelData(1, Codebook.DescriptorLength, MatType.CV_32FC1, mean);
        using var projected = new Mat();

        extractor.Projection.Project(row, projected);

        Assert.All(projected.AsSpan<float>().ToArray(), v => Assert.Equal(0f, v, 5));
    }

    [Theory]
    [InlineData("fisher[k=1]", "k=1")]
    [InlineData("fisher[pca=200]", "pca=200")]
    [InlineData("vlad[step=0]", "step=0")]
    [InlineData("vlad[pyramid=true]", "valid parameters: k, iterations, step, patch, scales, pca, sample, size")]
    public void Given_a_bad_parameter_When_parsing_Then_the_message_names_it(string text, string expected)
    {
        var error = Assert.Throws<UserInputException>(() => Spec(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
