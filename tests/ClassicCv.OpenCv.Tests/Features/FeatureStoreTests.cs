using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.Splitting;
using ClassicCv.TestSupport;

namespace ClassicCv.OpenCv.Tests.Features;

public sealed class FeatureStoreTests
{
    [Fact]
    public void Given_a_composition_of_grayscale_parts_When_preparing_Then_its_rows_are_its_parts_rows_side_by_side_and_the_parts_are_shared()
    {
        using var data = SyntheticDataset.Textures(6, 16, color: true, seed: 8);
        var split = new StratifiedHoldOut(0.5, 1).Split(data.Dataset.Labels());
        var store = new FeatureStore(new ImageStreamer(1), 1);
        var hog = new HogSpec(new HogOptions { Cell = 4 });
        var hist = new LbpSpec(new LbpOptions { Grid = 2 });

        var hogFeatures = store.Get(hog, data.Dataset, split);
        var both = store.Get(new CompositeSpec([hog, hist]), data.Dataset, split);
        var histFeatures = store.Get(hist, data.Dataset, split);

        Assert.Equal(hogFeatures.Extractor.Length + histFeatures.Extractor.Length, both.Extractor.Length);
        Assert.Equal("hog[cell=4]+lbp[grid=2]", both.Extractor.Name);
        var items = split.Train;
        var rows = both.Rows(items);
        var hogRows = hogFeatures.Rows(items);
        var histRows = histFeatures.Rows(items);
        for (var r = 0; r < items.Count; r++)
        {
            Assert.Equal(hogRows.Row(r).ToArray().Concat(histRows.Row(r).ToArray()), rows.Row(r).ToArray());
        }

        Assert.Equal(hogFeatures.Features.Seconds + histFeatures.Features.Seconds, both.Features.Seconds, 9);
        Assert.False(both.FromCache);
    }

    [Fact]
    public void Given_a_composition_of_colour_and_grayscale_parts_When_preparing_Then_it_matches_the_composite_extractor_run_directly()
    {
        using var data = SyntheticDataset.Textures(4, 16, color: true, seed: 8);
        var split = new StratifiedHoldOut(0.5, 1).Split(data.Dataset.Labels());
        var composite = new CompositeSpec([new LbpSpec(new LbpOptions { Grid = 2 }), new ColorHistogramSpec(new ColorHistogramOptions { Bins = 2 })]);

        var stored = new FeatureStore(new ImageStreamer(1), 1).Get(composite, data.Dataset, split);
        var direct = FeatureExtraction.Run(composite.Fit(data.FitContext(1)), data.Dataset, data.AllItems, new ImageStreamer(1));

        Assert.Equal(direct.Matrix.Values.ToArray(), stored.Rows(data.AllItems).Values.ToArray());
    }

    [Fact]
    public void Given_two_splits_of_the_same_images_When_the_extractor_learns_nothing_Then_the_features_are_extracted_once()
    {
        using var data = SyntheticDataset.Textures(6, 16, color: false, seed: 8);
        var labels = data.Dataset.Labels();
        var first = new StratifiedHoldOut(0.5, 1).Split(labels);
        var second = new StratifiedHoldOut(0.5, 2).Split(labels) with { Description = "another fold" };
        var store = new FeatureStore(new ImageStreamer(1), 1);

        var once = store.Get(new HogSpec(new HogOptions { Cell = 4 }), data.Dataset, first);
        var again = store.Get(new HogSpec(new HogOptions { Cell = 4 }), data.Dataset, second);

        Assert.NotEqual(first.Train, second.Train);
        Assert.Same(once, again);
    }
}
