using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Features.Encodings;
using ClassicCv.TestSupport;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Tests.Features.Encodings;

public sealed class SiftEncodingExtractorTests : IDisposable
{
    private readonly SyntheticDataset _data = SyntheticDataset.Textures(16, 32, color: false, seed: 11);

    public void Dispose() => _data.Dispose();

    public static TheoryData<IFeatureExtractorSpec, int> Encodings => new()
    {
        { new FisherSpec(new() { Components = 4, DenseSift = new() { Components = 8, Sample = 1000 } }), 2 * 4 * 8 },
        { new FisherSpec(new() { Components = 4, Pyramid = true, DenseSift = new() { Components = 8, Sample = 1000 } }), 5 * 2 * 4 * 8 },
        { new VladSpec(new() { Words = 4, DenseSift = new() { Components = 8, Sample = 1000 } }), 4 * 8 },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Given_textures_When_fitting_twice_with_one_seed_Then_the_state_and_unit_length_vectors_are_identical(IFeatureExtractorSpec spec, int length)
    {
        var first = (SiftEncodingExtractor)spec.Fit(_data.FitContext(7));
        var second = (SiftEncodingExtractor)spec.Fit(_data.FitContext(7));
        using var image = Cv2.ImRead(_data.Folder + "/0003.png", ImreadModes.Grayscale);

        var values = Extract.One(first, image);

        Assert.Equal(length, first.Length);
        Assert.Equal(first.Settings, second.Settings);
        Assert.Equal(values, Extract.One(second, image));
        Assert.Equal(1.0, Math.Sqrt(values.Sum(v => (double)v * v)), 5);
        Assert.NotEqual(first.Settings, ((SiftEncodingExtractor)spec.Fit(_data.FitContext(8))).Settings);
    }

    [Fact]
    public void Given_the_learnt_pca_When_projecting_its_sample_mean_Then_it_lands_at_the_origin()
    {
        var extractor = (SiftEncodingExtractor)new VladSpec(new() { Words = 4, DenseSift = new() { Components = 8, Sample = 1000 } }).Fit(_data.FitContext(7));
        var mean = (float[])extractor.Projection.Mean.Clone();
        using var row = Mat.FromPixelData(1, Codebook.DescriptorLength, MatType.CV_32FC1, mean);
        using var projected = new Mat();

        extractor.Projection.Project(row, projected);

        Assert.All(projected.AsSpan<float>().ToArray(), v => Assert.Equal(0f, v, 5));
    }
}
