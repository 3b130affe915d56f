using System.Globalization;
using ClassicCv.Errors;

namespace ClassicCv.Runs;

/// <summary>
/// One experiment, as a value: the dataset, how it is split, the contenders (features × classifiers, and networks),
/// the studies run after training, and the seed. Every member has the default a plain <c>classiccv run</c> uses;
/// build one with <see cref="On"/> and the fluent <see cref="ExperimentBuilder"/>, or with an object initializer,
/// then <see cref="Run"/> it. Component lists use the catalogs' text form (e.g.
/// <c>hog[cell=4]+lbp</c>, <c>linear-svm[C=0.01|0.1]</c>): <see cref="Catalogs.FeatureCatalog"/>,
/// <see cref="Catalogs.ClassifierCatalog"/>, <see cref="Catalogs.TransformCatalog"/> and <see cref="Catalogs.DeepCatalog"/>
/// list the names and parameters. The same value is the experiment file (<c>experiment.yaml</c>): see <see cref="Options"/>.
/// </summary>
public sealed record Experiment
{
    /// <summary>The default feature list: HOG, raw pixels and ImageNet ResNet-18 embeddings at 64 px without the mirror view.</summary>
    public const string DefaultFeatures = "hog,raw,resnet18[size=64,flip=false]";

    /// <summary>The default classifier list.</summary>
    public const string DefaultClassifiers = "linear-svm,logistic-regression";

    /// <summary>The default transform chain, fitted on the training split.</summary>
    public const string DefaultTransforms = "standardize";

    /// <summary>The default end-to-end networks: the small CNN trained on the data.</summary>
    public const string DefaultDeep = "cnn";

    /// <summary>The default seed of every random step.</summary>
    public const int DefaultSeed = 42;

    /// <summary>The default held-out fraction of each class.</summary>
    public const double DefaultTestFraction = 0.2;

    /// <summary>The built-in dataset used when none is named.</summary>
    public const string DefaultDataset = "digits";

    /// <summary>The dataset: a folder of class folders, a CSV/TSV manifest, IDX files, a grid sheet, or the built-in <c>digits</c>.</summary>
    public string Dataset { get; init; } = DefaultDataset;

    /// <summary>Comma-separated feature pipelines (<see cref="Catalogs.FeatureCatalog"/>), or <c>parquet:DIR</c> for verified shard parts; empty for networks only.</summary>
    public string Features { get; init; } = DefaultFeatures;

    /// <summary>Comma-separated classifiers (<see cref="Catalogs.ClassifierCatalog"/>); <c>|</c> inside brackets runs a grid search.</summary>
    public string Classifiers { get; init; } = DefaultClassifiers;

    /// <summary>Comma-separated transforms applied in order (<see cref="Catalogs.TransformCatalog"/>), or <c>none</c>.</summary>
    public string Transforms { get; init; } = DefaultTransforms;

    /// <summary>Comma-separated end-to-end networks (<see cref="Catalogs.DeepCatalog"/>), or <c>none</c>.</summary>
    public string Deep { get; init; } = DefaultDeep;

    /// <summary>The seed of every random step (split, subsets, learners, networks, bootstrap): same seed, same numbers.</summary>
    public int Seed { get; init; } = DefaultSeed;

    /// <summary>Fraction of each class held out for testing, strictly between 0 and 1 (ignored when the dataset has its own split).</summary>
    public double TestFraction { get; init; } = DefaultTestFraction;

    /// <summary>Train on at most this many images of each class (a seeded, stratified subset; at least 1), or <c>null</c> for all.</summary>
    public int? MaxTrainPerClass { get; init; }

    /// <summary>Folds of the stratified k-fold cross-validation of a grid search (at least 2).</summary>
    public int CvFolds { get; init; } = 5;

    /// <summary>Grid-search every classifier over its default grid for the parameters not given.</summary>
    public bool Search { get; init; }

    /// <summary>How margin classifiers get probabilities: <c>multinomial</c>, <c>temperature</c>, <c>platt</c>, <c>isotonic</c> or <c>none</c>.</summary>
    public string Calibration { get; init; } = "multinomial";

    /// <summary>Cross-fitting folds of the calibrators (at least 2), or <c>null</c> for each learner's own count (2 for linear SVMs, 5 for the RBF SVM).</summary>
    public int? CalibrationFolds { get; init; }

    /// <summary>Occlusion maps per gallery in the report (at least 0).</summary>
    public int GalleryMaps { get; init; } = 4;

    /// <summary>Training augmentation of the classical pipelines: <c>none</c> or <c>flip</c>.</summary>
    public string Augment { get; init; } = "none";

    /// <summary>Add a test-time-flip row (<c>NAME+tta</c>) for every classical pipeline and trained network.</summary>
    public bool Tta { get; init; }

    /// <summary>Robustness study: comma-separated corruptions (or <c>all</c>), empty for none.</summary>
    public string Corruptions { get; init; } = "";

    /// <summary>Corrupt at most this many test images in the robustness study (at least 1), or <c>null</c> for all.</summary>
    public int? RobustnessTestCap { get; init; }

    /// <summary>Learning curve: comma-separated training sizes per class (counts, fractions or <c>all</c>), empty for none.</summary>
    public string LearningCurve { get; init; } = "";

    /// <summary>The evaluation protocol: <c>holdout</c> or <c>cv[folds=K,repeats=R]</c>.</summary>
    public string Evaluation { get; init; } = "holdout";

    /// <summary>The leakage audit: <c>on</c>, <c>off</c> or <c>on[hash=N,correlation=R,gradient=R]</c>.</summary>
    public string LeakageAudit { get; init; } = "on";

    /// <summary>Remove test images the audit finds in the training split.</summary>
    public bool DropLeaked { get; init; }

    /// <summary>A manifest column to slice test accuracy by, or <c>null</c>.</summary>
    public string? SliceBy { get; init; }

    /// <summary>How items are grouped so no group spans both splits (<c>prefix</c> or <c>prefix[separator=TEXT]</c>), or <c>null</c> for the manifest's own groups.</summary>
    public string? GroupBy { get; init; }

    /// <summary>Save every trained contender in the report's <c>models/</c> folder (see <see cref="Models.ModelStore"/>).</summary>
    public bool SaveModels { get; init; }

    /// <summary>Refuse instead of warning when a class has test images but no training images.</summary>
    public bool Strict { get; init; }

    /// <summary>Starts a fluent builder of an experiment on <paramref name="dataset"/>, every other member at its default.</summary>
    /// <param name="dataset">The dataset (see <see cref="Dataset"/>).</param>
    public static ExperimentBuilder On(string dataset) => new(new Experiment { Dataset = dataset });

    /// <summary>
    /// Runs the experiment: checks every member before any work, trains and measures every contender on the same
    /// split, runs the studies asked for, and writes the complete report folder under <see cref="RunOptions.Out"/>
    /// (<c>index.html</c>, the CSV files, <c>run.json</c>, <c>experiment.yaml</c>, <c>models/</c> with
    /// <see cref="SaveModels"/>) — or, on any error, nothing.
    /// </summary>
    /// <param name="options">Where and how it runs (the reports root, the feature cache, who is told about progress); defaults when <c>null</c>.</param>
    /// <returns>The results and the report folder.</returns>
    /// <exception cref="UserInputException">A member, the dataset or an output folder is not usable; the message says which and what was expected.</exception>
    /// <exception cref="OutputNotWrittenException">The report could not be written (nothing half-written is left); <see cref="OutputNotWrittenException.Summary"/> holds the results.</exception>
    public ExperimentReport Run(RunOptions? options = null) => new ExperimentRun(this, options ?? new RunOptions()).Execute();

    /// <summary>
    /// The experiment's members under their file names (those of <c>classiccv run</c>'s long options), in order, with
    /// invariant text values (<c>null</c> for an unset optional member, <c>auto</c> for <see cref="CalibrationFolds"/>).
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string?>> Options() =>
    [
        new("dataset", Dataset),
        new("seed", Invariant(Seed)),
        new("test-fraction", Invariant(TestFraction)),
        new("group-by", GroupBy),
        new("features", Features),
        new("classifiers", Classifiers),
        new("transforms", Transforms),
        new("deep", Deep),
        new("max-train-per-class", MaxTrainPerClass is { } cap ? Invariant(cap) : null),
        new("cv-folds", Invariant(CvFolds)),
        new("save-models", Flag(SaveModels)),
        new("strict", Flag(Strict)),
        new("search", Flag(Search)),
        new("calibration", Calibration),
        new("calibration-folds", CalibrationFolds is { } folds ? Invariant(folds) : "auto"),
        new("gallery-maps", Invariant(GalleryMaps)),
        new("augment", Augment),
        new("tta", Flag(Tta)),
        new("corruptions", Corruptions),
        new("robustness-test-cap", RobustnessTestCap is { } testCap ? Invariant(testCap) : null),
        new("learning-curve", LearningCurve),
        new("evaluation", Evaluation),
        new("leakage-audit", LeakageAudit),
        new("drop-leaked", Flag(DropLeaked)),
        new("slice-by", SliceBy),
    ];

    /// <summary>The <c>classiccv run</c> command line this experiment stands for, every member spelled out (recorded in <c>run.json</c>).</summary>
    public string CommandLine()
    {
        var text = new System.Text.StringBuilder("classiccv run");
        foreach (var (name, value) in Options())
        {
            if (value is null or "false" || (value == "" && name is "corruptions" or "learning-curve"))
            {
                continue;
            }

            text.Append(" --").Append(name);
            if (value != "true")
            {
                text.Append(' ').Append(ShellQuote(value));
            }
        }

        return text.ToString();
    }

    /// <summary>Checks the numeric members' ranges before any work.</summary>
    /// <exception cref="UserInputException">A member is out of its range; the message names it, its value and the range.</exception>
    public void Validate()
    {
        Require(TestFraction > 0 && TestFraction < 1, "test-fraction", Invariant(TestFraction), "a number strictly between 0 and 1");
        Require(MaxTrainPerClass is null or >= 1, "max-train-per-class", $"{MaxTrainPerClass}", "a whole number ≥ 1");
        Require(CvFolds >= 2, "cv-folds", Invariant(CvFolds), "a whole number ≥ 2");
        Require(CalibrationFolds is null or >= 2, "calibration-folds", $"{CalibrationFolds}", "a whole number ≥ 2, or auto");
        Require(GalleryMaps >= 0, "gallery-maps", Invariant(GalleryMaps), "a whole number ≥ 0");
        Require(RobustnessTestCap is null or >= 1, "robustness-test-cap", $"{RobustnessTestCap}", "a whole number ≥ 1");
        Require(!string.IsNullOrWhiteSpace(Dataset), "dataset", Dataset, "a dataset folder, manifest, IDX file, grid sheet or digits");
    }

    private static void Require(bool holds, string name, string value, string expected)
    {
        if (!holds)
        {
            throw new UserInputException($"Experiment {name} is '{value}'; expected {expected}.");
        }
    }

    private static string ShellQuote(string value) =>
        value.Length > 0 && value.All(ch => char.IsLetterOrDigit(ch) || "-_./,=+:".Contains(ch)) ? value : $"'{value.Replace("'", "'\\''", StringComparison.Ordinal)}'";

    private static string Flag(bool value) => value ? "true" : "false";

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
