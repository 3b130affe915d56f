using ClassicCv.Datasets;
using ClassicCv.Evaluation;
using ClassicCv.Experiments;
using ClassicCv.Learning;

namespace ClassicCv.Reports.Tests;

/// <summary>A small, fully deterministic run whose class names try to break HTML and CSV.</summary>
internal static class SampleRun
{
    public static readonly string[] ClassNames = ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "猫", "Ötzi, the \"iceman\""];

    public static RunSummary Create()
    {
        int[] truth = [0, 0, 1, 1, 2, 2, 3, 3, 0, 2];
        var images = truth.Select((label, i) => new TestImage(i, $"{ClassNames[label]}/img{i}.png", $"/data/{ClassNames[label]}/img{i}.png", label)).ToArray();
        var scored = new Predictions([0, 1, 1, 1, 2, 0, 3, 3, 0, 2], Scores(truth.Length, [0, 1, 1, 1, 2, 0, 3, 3, 0, 2]), ScoresAreProbabilities: true);
        var unscored = new Predictions([0, 0, 1, 2, 2, 2, 2, 3, 0, 2], null, ScoresAreProbabilities: false);
        var evaluator = new PipelineEvaluator(new EvaluationOptions(Seed: 7, BootstrapResamples: 1000, ConfusedPairCount: 3));
        var pipelines = new[] { ("hog[cell=4]", "linear-svm", scored), ("raw", "logistic-regression", unscored) }
            .Select(p =>
            {
                var metrics = ClassificationMetrics.Compute(truth, p.Item3.Labels, ClassNames);
                return new PipelineResult
                {
                    Features = p.Item1,
                    Classifier = p.Item2,
                    Settings = new Dictionary<string, string> { ["c"] = "1" },
                    TrainCount = 40,
                    TestCount = truth.Length,
                    FeatureLength = 576,
                    Metrics = metrics,
                    Statistics = evaluator.Evaluate(truth, p.Item3, metrics, ClassNames),
                    TestPredictions = p.Item3,
                    ExtractSeconds = 0.25,
                    FeaturesFromCache = false,
                    TrainSeconds = 1.5,
                    PredictSeconds = 0.02,
                };
            }).ToArray();
        return new RunSummary
        {
            RunId = "20260101-120000",
            StartedUtc = new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero),
            DurationSeconds = 3.25,
            CommandLine = "classiccv run --dataset /data --seed 7",
            Seed = 7,
            Dataset = new DatasetSummary("tricky", "/data", "image-folder", "abc123", ClassNames, 50),
            SplitDescription = "stratified hold-out, 20% test, seed 7",
            TrainCount = 40,
            TestCount = truth.Length,
            Pipelines = pipelines,
            Skipped = [new SkippedImage("/data/<b>broken</b>.png", "could not be decoded")],
            Warnings = ["hog: cell=4 & block=2 <adjusted>"],
            Versions = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["classiccv"] = "1.0.0", ["dotnet"] = ".NET 10.0.0" },
            TestImages = images,
            PairwiseTests = PairwiseComparison.AgainstBest(pipelines.Select(p => p.Name).ToArray(), pipelines.Select(p => (IReadOnlyList<int>)p.TestPredictions!.Labels).ToArray(), truth),
            BootstrapResamples = 1000,
            PeakMemoryBytes = 123_456_789,
        };
    }

    /// <summary>A run over <paramref name="classCount"/> classes with long names, four test images per class, two pipelines.</summary>
    public static RunSummary Many(int classCount)
    {
        var names = Enumerable.Range(0, classCount).Select(i => $"class {i:000} — a rather long descriptive name {new string('x', i % 17)}").ToArray();
        var truth = Enumerable.Range(0, classCount * 4).Select(i => i % classCount).ToArray();
        var random = new Random(5);
        var evaluator = new PipelineEvaluator(new EvaluationOptions(Seed: 5, BootstrapResamples: 200));
        var pipelines = new[] { ("hog", 0.85), ("raw", 0.6) }.Select(p =>
        {
            var predicted = truth.Select(t => random.NextDouble() < p.Item2 ? t : random.Next(classCount)).ToArray();
            var metrics = ClassificationMetrics.Compute(truth, predicted, names);
            return new PipelineResult
            {
                Features = p.Item1,
                Classifier = "linear-svm",
                Settings = new Dictionary<string, string>(),
                TrainCount = truth.Length * 4,
                TestCount = truth.Length,
                FeatureLength = 100,
                Metrics = metrics,
                Statistics = evaluator.Evaluate(truth, new Predictions(predicted, null, false), metrics, names),
                TestPredictions = new Predictions(predicted, null, false),
                ExtractSeconds = 1,
                FeaturesFromCache = false,
                TrainSeconds = p.Item2 * 10,
                PredictSeconds = 0.1,
            };
        }).ToArray();
        return Create() with
        {
            Dataset = new DatasetSummary("many", "/data", "image-folder", "def456", names, truth.Length * 5),
            TrainCount = truth.Length * 4,
            TestCount = truth.Length,
            Pipelines = pipelines,
            TestImages = truth.Select((label, i) => new TestImage(i, $"img{i}.png", $"/data/img{i}.png", label)).ToArray(),
            PairwiseTests = PairwiseComparison.AgainstBest(pipelines.Select(p => p.Name).ToArray(), pipelines.Select(p => (IReadOnlyList<int>)p.TestPredictions!.Labels).ToArray(), truth),
        };
    }

    private static float[] Scores(int count, int[] predicted)
    {
        var scores = new float[count * ClassNames.Length];
        for (var i = 0; i < count; i++)
        {
            for (var c = 0; c < ClassNames.Length; c++)
            {
                scores[(i * ClassNames.Length) + c] = c == predicted[i] ? 0.625f : 0.125f;
            }
        }

        return scores;
    }
}
