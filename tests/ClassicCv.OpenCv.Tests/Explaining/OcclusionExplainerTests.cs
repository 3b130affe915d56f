using ClassicCv.Configuration;
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
        var trainer = new FeaturePipelineTrainer(new HogSpec(ComponentSpec.Parse("hog", "feature")), [new Standardizer()], new LinearSvmLearner(0.01, 100, 7), new FeatureStore(streamer, 7), streamer);
        trainer.Prepare(dataset, split);
        using var classifier = trainer.Train(dataset, split.Train);
        var corner = dataset.ClassNames.ToList().IndexOf("corner");
        var explainer = new OcclusionExplainer(new OcclusionOptions(patch: 8, stride: 4));
        using var decoder = new ImageDecoder();

        var explained = 0;
        foreach (var item in split.Test.Where(i => dataset.Items[i].Label == corner))
        {
            using var image = decoder.TryDecode(dataset.Items[item].Location, ImageReadMode.Color, null, out _)!;
            var map = explainer.Explain(classifier, image, dataset.Items[item].Id);
            if (map.PredictedClass != corner)
            {
                continue;
            }

            var (row, column) = map.Peak;
            Assert.Equal((6, 6), (map.Rows, map.Columns));
            Assert.True(CornerImages.Overlaps(map.RowStarts[row], map.ColumnStarts[column], 8), $"{dataset.Items[item].Id}: peak at ({map.RowStarts[row]}, {map.ColumnStarts[column]})");
            Assert.True(map[row, column] > 0.1, $"drop {map[row, column]}");
            explained++;
        }

        Assert.True(explained >= 8, $"only {explained} corner images were predicted as corner");
    }

    [Fact]
    public void Given_a_28_pixel_axis_When_placing_8_pixel_patches_at_stride_4_Then_the_last_one_is_flush_with_the_edge()
    {
        Assert.Equal([0, 4, 8, 12, 16, 20], new OcclusionOptions(8, 4).Positions(28));
        Assert.Equal([0, 4, 8, 12, 14], new OcclusionOptions(8, 4).Positions(22));
        Assert.Equal([0], new OcclusionOptions(8, 4).Positions(5));
    }
}
