using System.Diagnostics;
using System.Globalization;
using ClassicCv.Datasets;
using ClassicCv.Features;
using ClassicCv.Features.Transforms;
using ClassicCv.Learning;
using ClassicCv.MlNet.Learners;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.OpenCv.Learners;
using ClassicCv.OpenCv.Transforms;
using ClassicCv.Splitting;

namespace ClassicCv.Benchmarks;

/// <summary>
/// ClassicCv's learners on Fashion-MNIST with the features of <c>fmnist_classifiers.py</c> (OpenCV HOG, cell 4, 2×2-cell
/// blocks, stride 1 cell, 9 bins = 1296-d, standardized on the training split) and the same fixed hyperparameters.
/// Prints one line per learner in the peer's format.
/// </summary>
internal static class ClassifierBenchmark
{
    private static readonly string[] AllNames = ["linear-svm", "random-forest", "logistic-regression", "rbf-svm"];

    public static int Run(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: classifiers <fashion-mnist-folder> [--only a,b] [--rbf-per-class N] [--seed S]");
            return 2;
        }

        var only = Option(args, "--only")?.Split(',') ?? AllNames;
        var rbfPerClass = int.Parse(Option(args, "--rbf-per-class") ?? "1000", CultureInfo.InvariantCulture);
        var seed = int.Parse(Option(args, "--seed") ?? "42", CultureInfo.InvariantCulture);
        var rffComponents = int.Parse(Option(args, "--rff-components") ?? "4000", CultureInfo.InvariantCulture);
        var rffC = double.Parse(Option(args, "--rff-c") ?? "1", CultureInfo.InvariantCulture);

        var clock = Stopwatch.StartNew();
        var dataset = new DatasetResolver(AppContext.BaseDirectory).Resolve(args[0]);
        var split = PredefinedSplit.Of(dataset);
        var store = new FeatureStore(new ImageStreamer(), seed);
        var hog = new HogSpec(new HogOptions { Cell = 4, Block = 2, Stride = 1, Bins = 9 });
        var prepared = store.Get(hog, dataset, split);
        var standardizer = new Standardizer().Fit(prepared.Rows(split.Train));
        var train = standardizer.Apply(prepared.Rows(split.Train));
        var test = standardizer.Apply(prepared.Rows(split.Test));
        var trainLabels = split.Train.Select(i => dataset.Items[i].Label).ToArray();
        var testLabels = split.Test.Select(i => dataset.Items[i].Label).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"features dim={train.Columns} n_train={train.Rows} n_test={test.Rows} extract_seconds={prepared.Features.Seconds:0.00} setup_seconds={clock.Elapsed.TotalSeconds:0.00}"));

        foreach (var name in only)
        {
            var (learner, rows) = name switch
            {
                "linear-svm" => ((ILearner)new LinearSvmLearner(new() { C = 0.01, MaxIterations = 100, Seed = seed }), (IReadOnlyList<int>?)null),
                "random-forest" => (new RandomForestLearner(new() { Trees = 100, MaxDepth = RandomForestLearner.DefaultDepth, FeaturesPerSplit = 0, MinSamplesSplit = 2, Seed = seed }), null),
                "logistic-regression" => (new LogisticRegressionLearner(new() { C = 1.0, MaxIterations = 200, Seed = seed }), null),
                "rbf-svm" => (new RbfSvmLearner(new() { C = 10, Gamma = null }, Console.Error.WriteLine), PerClassRows(trainLabels, rbfPerClass, seed)),
                "knn" => (new KnnLearner(new() { K = 5, Distance = KnnDistance.Euclidean }), null),
                "rff-svm" => (new TransformingLearner("rff-svm", new RandomFourierFeatures(new() { Components = rffComponents, Gamma = null, Seed = seed }), new LinearSvmLearner(new() { C = rffC, MaxIterations = 100, Seed = seed })), null),
                "rtrees-10k" => (new RandomForestLearner(new() { Trees = 100, MaxDepth = RandomForestLearner.MaxAllowedDepth, FeaturesPerSplit = 0, MinSamplesSplit = 2, Seed = seed }), PerClassRows(trainLabels, 1000, seed)),
                "fastforest-10k" => (new FastForestOvaLearner(100, seed), PerClassRows(trainLabels, 1000, seed)),
                _ => throw new ArgumentException($"Unknown learner '{name}'; valid: {string.Join(", ", AllNames)}, knn."),
            };
            Measure(name, learner, rows is null ? train : train.SelectRows(rows), rows is null ? trainLabels : rows.Select(r => trainLabels[r]).ToArray(), test, testLabels, dataset.ClassNames.Count);
        }

        return 0;
    }

    private static void Measure(string name, ILearner learner, FeatureMatrix train, int[] trainLabels, FeatureMatrix test, int[] testLabels, int classCount)
    {
        var clock = Stopwatch.StartNew();
        using var model = learner.Learn(train, trainLabels, classCount);
        var trainSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var predicted = model.Predict(test).Labels;
        var predictSeconds = clock.Elapsed.TotalSeconds;
        var accuracy = (double)testLabels.Where((t, i) => predicted[i] == t).Count() / testLabels.Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ours={name} dim={train.Columns} n_train={train.Rows} accuracy={accuracy:0.0000} train_seconds={trainSeconds:0.00} predict_seconds={predictSeconds:0.00}"));
    }

    private static int[] PerClassRows(int[] labels, int perClass, int seed)
    {
        var split = new DataSplit(Enumerable.Range(0, labels.Length).ToArray(), [], "all");
        return new PerClassCap(perClass, seed).Apply(split, labels).Train.ToArray();
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
