using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.TestSupport;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Tests.Features;

public sealed class CompositeExtractorTests
{
    [Fact]
    public void Given_hog_and_a_colour_histogram_When_composing_Then_the_vector_is_both_vectors_side_by_side()
    {
        using var data = SyntheticDataset.Textures(2, 16, color: true, seed: 4);
        var hog = new HogSpec(new HogOptions { Cell = 4 });
        var hist = new ColorHistogramSpec(new ColorHistogramOptions { Bins = 4 });
        var composite = new CompositeSpec([hog, hist]).Fit(data.FitContext());
        using var colour = Cv2.ImRead(data.Folder + "/0001.png", ImreadModes.Color);
        using var gray = new Mat();
        Cv2.CvtColor(colour, gray, ColorConversionCodes.BGR2GRAY);

        var values = Extract.One(composite, colour);
        var hogValues = Extract.One(hog.Fit(data.FitContext()), gray);
        var histValues = Extract.One(hist.Fit(data.FitContext()), colour);

        Assert.Equal("hog[cell=4]+color-hist[bins=4]", composite.Name);
        Assert.Equal(ImageReadMode.Color, composite.Mode);
        Assert.Equal(hogValues.Length + histValues.Length, composite.Length);
        Assert.Equal(hogValues.Concat(histValues), values);
    }

    [Fact]
    public void Given_only_grayscale_parts_When_composing_Then_images_are_read_in_grayscale()
    {
        using var data = SyntheticDataset.Textures(2, 16, color: false, seed: 4);
        var composite = new CompositeSpec([
            new HogSpec(),
            new LbpSpec(new LbpOptions { Grid = 2 }),
        ]).Fit(data.FitContext());

        Assert.Equal(ImageReadMode.Grayscale, composite.Mode);
        Assert.Contains(" + lbp:", composite.Settings, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_single_part_When_composing_Then_it_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new CompositeSpec([new LbpSpec()]));
    }
}
