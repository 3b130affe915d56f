using ClassicCv.Experiments;

namespace ClassicCv.Cli.Reporting.Html;

/// <summary>Chooses which misclassified test images a pipeline's gallery shows: round-robin over true classes, capped.</summary>
internal static class GallerySelection
{
    /// <summary>Positions in <see cref="RunSummary.TestImages"/> of the images shown for <paramref name="pipeline"/>.</summary>
    /// <param name="summary">The run.</param>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="cap">Most images shown.</param>
    public static IReadOnlyList<int> Misclassified(RunSummary summary, PipelineResult pipeline, int cap)
    {
        var labels = pipeline.TestPredictions?.Labels;
        if (labels is null || labels.Length != summary.TestImages.Count)
        {
            return [];
        }

        var byClass = Enumerable.Range(0, labels.Length)
            .Where(i => labels[i] != summary.TestImages[i].Label)
            .GroupBy(i => summary.TestImages[i].Label)
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
