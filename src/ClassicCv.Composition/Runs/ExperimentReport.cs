using ClassicCv.Experiments;
using ClassicCv.Reports.Explaining;

namespace ClassicCv.Runs;

/// <summary>A finished run: what it measured and where its report is.</summary>
/// <param name="Summary">Everything the report shows (metrics, tests, costs, studies, warnings, seed).</param>
/// <param name="Folder">The complete report folder (<c>index.html</c>, <c>metrics.csv</c>, <c>run.json</c>, <c>experiment.yaml</c>, …).</param>
/// <param name="Written">The report's files, relative to <paramref name="Folder"/>.</param>
/// <param name="Explanations">The occlusion maps, disagreement gallery, HOG glyphs and forest importance the page shows.</param>
public sealed record ExperimentReport(RunSummary Summary, string Folder, IReadOnlyList<string> Written, ReportExplanations Explanations);
