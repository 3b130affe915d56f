using ClassicCv.Datasets;
using ClassicCv.Experiments;
using ClassicCv.OpenCv.Explaining;
using ClassicCv.OpenCv.Imaging;

namespace ClassicCv.TestSupport;

/// <summary>Where occlusion maps (8-px patch, stride 4) of <see cref="CornerImages"/> test images peak.</summary>
public static class CornerPeaks
{
    /// <summary>For every test image of class <c>corner</c> that the classifier predicts as <c>corner</c>: its id, the peak patch's top-left, its drop, and the map's shape.</summary>
    /// <param name="classifier">A classifier trained on the corner dataset.</param>
    /// <param name="dataset">The corner dataset.</param>
    /// <param name="testItems">Its test items.</param>
    public static IReadOnlyList<(string Id, int Top, int Left, double Drop, int Rows, int Columns)> Of(IImageClassifier classifier, ImageDataset dataset, IReadOnlyList<int> testItems)
    {
        var corner = dataset.ClassNames.ToList().IndexOf("corner");
        var explainer = new OcclusionExplainer(new OcclusionOptions(patch: 8, stride: 4));
        using var decoder = new ImageDecoder();
        var peaks = new List<(string, int, int, double, int, int)>();
        foreach (var item in testItems.Where(i => dataset.Items[i].Label == corner))
        {
            using var image = decoder.TryDecode(dataset.Items[item].Location, ImageReadMode.Color, null, out var reason)
                ?? throw new InvalidOperationException($"{dataset.Items[item].Id} {reason}");
            var map = explainer.Explain(classifier, image, dataset.Items[item].Id);
            if (map.PredictedClass == corner)
            {
                var (row, column) = map.Peak;
                peaks.Add((dataset.Items[item].Id, map.RowStarts[row], map.ColumnStarts[column], map[row, column], map.Rows, map.Columns));
            }
        }

        return peaks;
    }
}
