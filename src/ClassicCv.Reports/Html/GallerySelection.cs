using ClassicCv.Experiments;

namespace ClassicCv.Reports.Html;

/// <summary>Chooses which misclassified test images a pipeline's gallery shows: round-robin over true classes, capped.</summary>
public static class GallerySelection
{
    /// <summary>Positions in <see cref="RunSummary.TestImages"/> of the images shown for <paramref name="pipeline"/>.</summary>
    /// <param name="summary">The run.</param>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="cap">Most images shown.</param>
    public static IReadOnlyList<int> Misclassified(RunSummary summary, PipelineResult pipeline, int cap) =>
        Misclassified(summary.TestImages, pipeline, cap);

    /// <summary>Positions in <paramref name="images"/> of the misclassified images shown for <paramref name="pipeline"/>.</summary>
    /// <param name="images">The test images, in prediction order.</param>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="cap">Most images shown.</param>
    public static IReadOnlyList<int> Misclassified(IReadOnlyList<TestImage> images, PipelineResult pipeline, int cap)
    {
        var labels = pipeline.TestPredictions?.Labels;
        return labels is null || labels.Length != images.Count ? [] : Spread(images, Enumerable.Range(0, labels.Length).Where(i => labels[i] != images[i].Label), cap);
    }

    /// <summary>At most <paramref name="cap"/> of <paramref name="positions"/>, round-robin over their true classes.</summary>
    /// <param name="images">The test images.</param>
    /// <param name="positions">Candidate positions in <paramref name="images"/>.</param>
    /// <param name="cap">Most positions chosen.</param>
    public static IReadOnlyList<int> Spread(IReadOnlyList<TestImage> images, IEnumerable<int> positions, int cap)
    {
        var byClass = positions
            .GroupBy(i => images[i].Label)
            .OrderBy(g => g.Key)
            .Select(g => new Queue<int>(g))
            .ToList();
        var chosen = new List<int>();
        while (chosen.Count < cap && byClass.Any(q => q.Count > 0))
        {
            foreach (var queue in byClass.Where(q => q.Count > 0))
            {
                if (chosen.Count == cap)
                {
                    break;
                }

                chosen.Add(queue.Dequeue());
            }
        }

        return chosen;
    }

    /// <summary>Dataset item indices of every image any pipeline's gallery shows (to render their thumbnails once).</summary>
    /// <param name="summary">The run.</param>
    /// <param name="cap">Most images per pipeline.</param>
    public static IReadOnlyList<int> AllItems(RunSummary summary, int cap) =>
        summary.Pipelines.SelectMany(p => Misclassified(summary, p, cap)).Select(i => summary.TestImages[i].Item).Distinct().Order().ToArray();
}
