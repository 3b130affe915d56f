using System.Diagnostics;
using System.Globalization;
using ClassicCv.Catalogs;
using ClassicCv.Datasets;
using ClassicCv.Evaluation.Calibration;
using ClassicCv.Features.Transforms;
using ClassicCv.Learning;
using ClassicCv.MlNet.Calibration;
using ClassicCv.MlNet.Learners;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.OpenCv.Learners;
using ClassicCv.Splitting;

namespace ClassicCv.Benchmarks;

/// <summary>
/// Every calibration method on the same held-out scores: the learner (with <c>classiccv run</c>'s defaults) is
/// cross-fitted once on the training split's folds and trained once on all of it, as <see cref="CalibratedLearner"/>
/// does; then each method is fitted on the held-out scores and measured on the test split. One line per method.
/// </summary>
internal static class CalibrationBenchmark
{
    public static int Run(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: calibration <dataset> [--learner linear-svm|rbf-svm] [--per-class N] [--folds K] [--features TEXT] [--seed S] [--datasets BUILT_IN_ROOT]");
            return 2;
        }

        var name = Option(args, "--learner") ?? "linear-svm";
        var perClass = Option(args, "--per-class") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : (int?)null;
        var folds = int.Parse(Option(args, "--folds") ?? "3", CultureInfo.InvariantCulture);
        var seed = int.Parse(Option(args, "--seed") ?? "42", CultureInfo.InvariantCulture);
        var featureText = Option(args, "--features") ?? "hog[cell=4,block=2,stride=1]";
        ILearner learner = name switch
        {
            "linear-svm" => new LinearSvmLearner(new() { C = 0.01, MaxIterations = 100, Seed = seed }),
            "rbf-svm" => new RbfSvmLearner(new() { C = 10, Gamma = null }, Console.Error.WriteLine),
            _ => throw new ArgumentException($"--learner is '{name}'; expected linear-svm or rbf-svm."),
        };

        var clock = Stopwatch.StartNew();
        var dataset = new DatasetResolver(Option(args, "--datasets") ?? "").Resolve(args[0]);
        var split = args[0] == "digits" ? new StratifiedHoldOut(0.2, seed).Split(dataset.Labels()) : PredefinedSplit.Of(dataset);
        if (perClass is { } cap)
        {
            split = new PerClassCap(cap, seed).Apply(split, dataset.Labels());
        }

        var prepared = new FeatureStore(new ImageStreamer(), seed).Get(FeatureCatalog.ParseOne(featureText), dataset, split);
        var standardizer = new Standardizer().Fit(prepared.Rows(split.Train));
        var train = standardizer.Apply(prepared.Rows(split.Train));
        var test = standardizer.Apply(prepared.Rows(split.Test));
        var trainLabels = split.Train.Select(i => dataset.Items[i].Label).ToArray();
        var testLabels = split.Test.Select(i => dataset.Items[i].Label).ToArray();
        var classes = dataset.ClassNames.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"learner={name} features={featureText} dim={train.Columns} n_train={train.Rows} n_test={test.Rows} folds={folds} setup_seconds={clock.Elapsed.TotalSeconds:0.0}"));

        clock.Restart();
        var heldOut = CrossFitting.HeldOutScores(learner, train, trainLabels, classes, folds, seed) ?? throw new InvalidOperationException("The learner gives no scores.");
        var crossFitSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        using var model = learner.Learn(train, trainLabels, classes);
        var trainSeconds = clock.Elapsed.TotalSeconds;
        var raw = model.Predict(test);
        var accuracy = (double)testLabels.Where((t, i) => raw.Labels[i] == t).Count() / testLabels.Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cross_fit_seconds={crossFitSeconds:0.0} final_train_seconds={trainSeconds:0.0} accuracy={accuracy:0.0000}"));
        Print("none (softmax)", 0, CalibrationMetrics.Compute(testLabels, raw.Labels, ScoreProbabilities.Of(raw, classes)!, classes), 0);
        foreach (var method in Enum.GetValues<CalibrationMethod>())
        {
            clock.Restart();
            var calibrator = CalibratorFitter.Fit(method, heldOut, trainLabels, classes, seed);
            var fitSeconds = clock.Elapsed.TotalSeconds;
            var probabilities = new float[raw.Scores!.Length];
            for (var i = 0; i < testLabels.Length; i++)
            {
                calibrator.Calibrate(raw.Scores.AsSpan(i * classes, classes), probabilities.AsSpan(i * classes, classes));
            }

            // Calibration keeps the model's predicted class; count the images where another class gets a higher probability.
            var outranked = Enumerable.Range(0, testLabels.Length).Count(i => probabilities.AsSpan(i * classes, classes).IndexOf(probabilities.AsSpan(i * classes, classes).ToArray().Max()) != raw.Labels[i]);
            Print(calibrator.Method, fitSeconds, CalibrationMetrics.Compute(testLabels, raw.Labels, probabilities, classes), outranked);
        }

        return 0;
    }

    /// <summary>One table row: method, ECE, MCE, Brier, log loss, fit seconds, test images whose predicted class is outranked.</summary>
    private static void Print(string method, double seconds, CalibrationMetrics metrics, int outranked) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {method} | {metrics.ExpectedCalibrationError:0.0000} | {metrics.MaximumCalibrationError:0.000} | {metrics.Brier:0.0000} | {metrics.LogLoss:0.0000} | {seconds:0.00} | {outranked} |"));

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
