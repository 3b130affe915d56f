using ClassicCv.Configuration;
using ClassicCv.Errors;
using ClassicCv.Learning;
using ClassicCv.Learning.Selection;
using ClassicCv.Learning.Weighting;
using ClassicCv.MlNet.Learners;
using ClassicCv.OpenCv.Learners;
using ClassicCv.OpenCv.Transforms;

namespace ClassicCv.Catalogs;

/// <summary>
/// The one table of classifier names and the learners they build. The only place where <c>linear-svm[C=0.1]</c> text
/// becomes typed options (<see cref="LinearSvmOptions"/> and the like, whose defaults are the text form's); a run's
/// seed replaces the options' default seed.
/// </summary>
public static class ClassifierCatalog
{
    /// <summary>The C of <c>rff-svm</c>'s linear SVM when none is given: 1, where a plain <c>linear-svm</c> takes <see cref="LinearSvmOptions"/>' 0.01 (docs/classifiers.md).</summary>
    public const double RffSvmC = 1;

    private static readonly IReadOnlyDictionary<string, Entry> Entries =
        new Dictionary<string, Entry>(StringComparer.Ordinal)
        {
            ["linear-svm"] = new(
                (spec, seed, _, weighting) =>
                {
                    var p = new ComponentParameters(spec, "classifier", ["C", "loss", "max-iter", ClassWeightParameter.Key]);
                    var d = new LinearSvmOptions();
                    var loss = p.Choice("loss", "hinge", ["hinge", "squared-hinge"]) == "hinge" ? LinearSvmLoss.Hinge : LinearSvmLoss.SquaredHinge;
                    return new LinearSvmLearner(new LinearSvmOptions { C = p.Double("C", d.C, 0), Loss = loss, MaxIterations = p.IntOrNull("max-iter", LinearSvmOptions.MaxIterationsRange), Seed = seed, ClassWeighting = weighting });
                },
                new Dictionary<string, string> { ["C"] = "0.001|0.01|0.1|1" }),
            ["logistic-regression"] = new(
                (spec, seed, _, weighting) =>
                {
                    var p = new ComponentParameters(spec, "classifier", ["C", "max-iter", ClassWeightParameter.Key]);
                    var d = new LogisticRegressionOptions();
                    return new LogisticRegressionLearner(new LogisticRegressionOptions { C = p.Double("C", d.C, 0), MaxIterations = p.Int("max-iter", d.MaxIterations, LogisticRegressionOptions.MaxIterationsRange), Seed = seed, ClassWeighting = weighting });
                },
                new Dictionary<string, string> { ["C"] = "0.001|0.01|0.1|1" }),
            ["rbf-svm"] = new(
                (spec, _, warn, weighting) =>
                {
                    var p = new ComponentParameters(spec, "classifier", ["C", "gamma", "tol", ClassWeightParameter.Key]);
                    var gamma = spec.Parameters.TryGetValue("gamma", out var g) && g.Equals("scale", StringComparison.OrdinalIgnoreCase)
                        ? double.NaN
                        : p.Double("gamma", double.NaN, 0);
                    var d = new RbfSvmOptions();
                    return new RbfSvmLearner(new RbfSvmOptions { C = p.Double("C", d.C, 0), Gamma = double.IsNaN(gamma) ? null : gamma, Tolerance = p.Double("tol", d.Tolerance, 0), ClassWeighting = weighting }, warn);
                },
                new Dictionary<string, string> { ["C"] = "1|10|100" }),
            ["random-forest"] = new(
                (spec, seed, _, weighting) =>
                {
                    var p = new ComponentParameters(spec, "classifier", ["trees", "depth", "features", "min-samples", ClassWeightParameter.Key]);
                    var features = spec.Parameters.TryGetValue("features", out var f) && f.Equals("sqrt", StringComparison.OrdinalIgnoreCase)
                        ? 0
                        : p.Int("features", 0, 1);
                    var d = new RandomForestOptions();
                    return new RandomForestLearner(new RandomForestOptions
                    {
                        Trees = p.Int("trees", d.Trees, RandomForestOptions.TreesRange),
                        MaxDepth = p.Int("depth", d.MaxDepth, RandomForestOptions.MaxDepthRange),
                        FeaturesPerSplit = features,
                        MinSamplesSplit = p.Int("min-samples", d.MinSamplesSplit, RandomForestOptions.MinSamplesSplitRange),
                        Seed = seed,
                        ClassWeighting = weighting,
                    });
                },
                new Dictionary<string, string> { ["depth"] = "12|16|25" }),
            ["rff-svm"] = new(
                (spec, seed, _, weighting) =>
                {
                    var p = new ComponentParameters(spec, "classifier", ["C", "gamma", "components", "max-iter", ClassWeightParameter.Key]);
                    var gamma = spec.Parameters.TryGetValue("gamma", out var g) && g.Equals("scale", StringComparison.OrdinalIgnoreCase)
                        ? double.NaN
                        : p.Double("gamma", double.NaN, 0);
                    var rff = new RandomFourierFeatures(new RandomFourierFeaturesOptions
                    {
                        Components = p.Int("components", new RandomFourierFeaturesOptions().Components, RandomFourierFeaturesOptions.ComponentsRange),
                        Gamma = double.IsNaN(gamma) ? null : gamma,
                        Seed = seed,
                    });
                    var svm = new LinearSvmOptions { C = RffSvmC };
                    return new TransformingLearner("rff-svm", rff, new LinearSvmLearner(svm with { C = p.Double("C", svm.C, 0), MaxIterations = p.IntOrNull("max-iter", LinearSvmOptions.MaxIterationsRange), Seed = seed, ClassWeighting = weighting }));
                },
                new Dictionary<string, string> { ["C"] = "0.1|1|10" }),
            ["knn"] = new(
                (spec, _, _, _) =>
                {
                    var p = new ComponentParameters(spec, "classifier", ["k", "distance"]);
                    var d = new KnnOptions();
                    var distance = p.Choice("distance", d.Distance.ToString().ToLowerInvariant(), ["euclidean", "cosine"]);
                    return new KnnLearner(new KnnOptions { K = p.Int("k", d.K, KnnOptions.KRange), Distance = distance == "cosine" ? KnnDistance.Cosine : KnnDistance.Euclidean });
                },
                new Dictionary<string, string> { ["k"] = "1|3|5|9" },
                Weighted: false),
        };

    /// <summary>Every valid name, sorted.</summary>
    public static IReadOnlyList<string> Names => Entries.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// Builds the learners named in a comma-separated list. A classifier whose parameters list several values
    /// (<c>linear-svm[C=0.01|0.1|1]</c>) becomes a grid search with stratified k-fold cross-validation on the training data.
    /// </summary>
    /// <param name="list">e.g. <c>linear-svm[C=0.1],logistic-regression</c>.</param>
    /// <param name="seed">The run's seed.</param>
    /// <param name="folds">Cross-validation folds of a grid search, ≥ 2.</param>
    /// <param name="defaultGrids">True to search each learner's default grid for the parameters not given on the command line.</param>
    /// <param name="warn">Receives learners' warnings (e.g. a long kernel SVM fit).</param>
    /// <param name="classNames">The dataset's class names, which explicit <c>class-weight</c> values name; <c>null</c> to check only their form (such learners must then not be trained).</param>
    public static IReadOnlyList<ILearner> Parse(string list, int seed, int folds = 5, bool defaultGrids = false, Action<string>? warn = null, IReadOnlyList<string>? classNames = null)
    {
        if (folds < 2)
        {
            throw new UserInputException($"--cv-folds is {folds}; expected a whole number ≥ 2.");
        }

        return ComponentSpec.ParseList(list, "classifier").Select(spec => Create(spec, seed, folds, defaultGrids, warn, classNames)).ToArray();
    }

    /// <summary>The classifiers that take <c>class-weight</c>, sorted.</summary>
    public static IReadOnlyList<string> WeightedNames => Entries.Where(e => e.Value.Weighted).Select(e => e.Key).Order(StringComparer.Ordinal).ToArray();

    private static ILearner Create(ComponentSpec spec, int seed, int folds, bool defaultGrids, Action<string>? warn, IReadOnlyList<string>? classNames)
    {
        if (!Entries.TryGetValue(spec.Name, out var entry))
        {
            throw new UserInputException($"Unknown classifier '{spec.Name}'; valid classifiers: {string.Join(", ", Names)}.");
        }

        if (!entry.Weighted && spec.Parameters.ContainsKey(ClassWeightParameter.Key))
        {
            throw new UserInputException($"The classifier '{spec.Text}' cannot weight classes: {spec.Name} has no loss to weight; classifiers that take {ClassWeightParameter.Key}: {string.Join(", ", WeightedNames)}.");
        }

        var weighting = ClassWeightParameter.Parse(spec, "classifier", classNames);

        var grid = spec;
        if (defaultGrids)
        {
            var parameters = new Dictionary<string, string>(spec.Parameters, StringComparer.OrdinalIgnoreCase);
            foreach (var (key, values) in entry.DefaultGrid)
            {
                parameters.TryAdd(key, values);
            }

            grid = spec with { Parameters = parameters };
        }

        var candidates = grid.ExpandGrid().Select(point => entry.Factory(point, seed, warn, weighting)).ToArray();
        return candidates.Length == 1
            ? candidates[0]
            : new GridSearchLearner(candidates, new KFold(new StratifiedIndexSampler(seed), folds), Environment.ProcessorCount);
    }

    private sealed record Entry(Func<ComponentSpec, int, Action<string>?, ClassWeighting?, ILearner> Factory, IReadOnlyDictionary<string, string> DefaultGrid, bool Weighted = true);
}
