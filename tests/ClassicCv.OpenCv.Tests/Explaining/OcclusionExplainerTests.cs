using ClassicCv.Datasets;
using ClassicCv.Features.Transforms;
using ClassicCv.MlNet.Learners;
using ClassicCv.OpenCv.Explaining;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.OpenCv.Pipelines;
using ClassicCv.Splitting;
using ClassicCv.TestSupport;

namespace ClassicCv.OpenCv.Tests.Explaining;

public sealed class OcclusionExplainerTests
{
    [Fact]
    public void Given_hog_and_a_linear_svm_trained_on_the_bright_corner_dataset_When_explaining_corner_images_Then_the_map_peaks_on_the_corner()
    {
        using var folder = new TempFolder();
        CornerImages.WriteFolder(folder.Path, 40, seed: 3);
        var dataset = new DatasetResolver("").Resolve(folder.Path);
        var split = new StratifiedHoldOut(0.25, 7).Split(dataset.Labels());
        var streamer = new ImageStreamer(2);
        var trainer = new FeaturePipelineTrainer(new HogSpec(), [new Standardizer()], new LinearSvmLearner(new() { C = 0.01, MaxIterations = 100, Seed = 7 }), new FeatureStore(streamer, 7), streamer);
        using var classifier = trainer.Prepare(dataset, split).Train(split.Train).Classifier;
        var peaks = CornerPeaks.Of(classifier, dataset, split.Test);

        Assert.All(peaks, p =>
        {
            Assert.Equal((6, 6), (p.Rows, p.Columns));
            Assert.True(CornerImages.Overlaps(p.Top, p.Left, 8), $"{p.Id}: peak at ({p.Top}, {p.Left})");
            Assert.True(p.Drop > 0.1, $"{p.Id}: drop {p.Drop}");
        });
        Assert.True(peaks.Count >= 8, $"only {peaks.Count} corner images were predicted as corner");
    }

    [Fact]
    public void Given_a_28_pixel_axis_When_placing_8_pixel_patches_at_stride_4_Then_the_last_one_is_flush_with_the_edge()
    {
        Assert.Equal([0, 4, 8, 12, 16, 20], new OcclusionOptions(8, 4).Positions(28));
        Assert.Equal([0, 4, 8, 12, 14], new OcclusionOptions(8, 4).Positions(22));
        Assert.Equal([0], new OcclusionOptions(8, 4).Positions(5));
    }
}
