using System.Globalization;
using ClassicCv.Features;
using ClassicCv.Learning;
using ClassicCv.Learning.Weighting;
using OpenCvSharp;
using OpenCvSharp.ML;

namespace ClassicCv.OpenCv.Learners;

/// <summary>
/// <c>random-forest</c>: OpenCV's random trees (bootstrap samples, a random subset of features tried at each split,
/// majority vote). Scores are the fraction of trees voting for each class. OpenCV trains a forest on one thread, so the
/// trees are split into up to <see cref="MaxForests"/> forests of ≥ 25 trees trained in parallel (a fixed split, so the
/// result does not depend on the core count); each forest draws from its thread's RNG, seeded just before it trains.
/// </summary>
public sealed class RandomForestLearner : IClassWeightedLearner
{
    /// <summary>Deepest tree OpenCV allows.</summary>
    public const int MaxAllowedDepth = 25;

    /// <summary>
    /// Default maximum depth. Measured on Fashion-MNIST HOG (60,000 × 1296, 100 trees, 2 cores): depth 25 gives 0.8894
    /// in 103 s, 20 gives 0.8905 in 98 s, 16 gives 0.8859 in 84 s, 14 gives 0.8854 in 79 s — the deepest levels cost
    /// time and buy little.
    /// </summary>
    public const int DefaultDepth = 16;

    /// <summary>Most OpenCV forests the trees are split into (each trains on its own thread).</summary>
    public const int MaxForests = 4;

    /// <summary>Creates the learner.</summary>
    /// <param name="options">The hyperparameters, or <c>null</c> for the defaults of <see cref="RandomForestOptions"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public RandomForestLearner(RandomForestOptions? options = null)
    {
        options ??= new RandomForestOptions();
        options.Validate();
        Options = options;
    }

    /// <summary>The validated hyperparameters.</summary>
    public RandomForestOptions Options { get; }

    /// <inheritdoc />
    public ClassWeighting? ClassWeighting => Options.ClassWeighting;

    /// <inheritdoc />
    public string Name => "random-forest";

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Hyperparameters => new Dictionary<string, string>
    {
        ["trees"] = Options.Trees.ToString(CultureInfo.InvariantCulture),
        ["depth"] = Options.MaxDepth.ToString(CultureInfo.InvariantCulture),
        ["features"] = Options.FeaturesPerSplit == 0 ? "sqrt" : Options.FeaturesPerSplit.ToString(CultureInfo.InvariantCulture),
        ["min-samples"] = Options.MinSamplesSplit.ToString(CultureInfo.InvariantCulture),
        ["backend"] = "OpenCV RTrees",
    }.Concat(ClassWeighting is null ? [] : [new KeyValuePair<string, string>("class_weight", ClassWeighting.Text)]).ToDictionary();

    /// <inheritdoc />
    public IClassifierModel Learn(FeatureMatrix features, IReadOnlyList<int> labels, int classCount)
    {
        OpenCvData.Validate(features, labels, classCount);
        var distinct = labels.Distinct().ToArray();
        if (distinct.Length == 1)
        {
            return new ConstantModel(distinct[0], classCount);
        }

        using var samples = OpenCvData.Samples(features);
        using var responses = OpenCvData.Responses(labels);
        using var priors = OpenCvData.PresentClassWeights(ClassWeighting, labels, classCount);
        var count = Math.Min(MaxForests, (Options.Trees + 24) / 25);
        var forests = new RTrees?[count];
        try
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, f =>
            {
                var trees = (Options.Trees / count) + (f < Options.Trees % count ? 1 : 0);
                forests[f] = TrainForest(samples, responses, priors, trees, features.Columns, classCount, unchecked((ulong)(uint)Options.Seed) + 1 + ((ulong)f << 32));
            });
            return new RandomForestModel(forests.Select(f => f!).ToArray(), classCount, features.Columns);
        }
        catch
        {
            foreach (var forest in forests)
            {
                forest?.Dispose();
            }

            throw;
        }
    }

    private RTrees TrainForest(Mat samples, Mat responses, Mat? priors, int trees, int columns, int classCount, ulong seed)
    {
        var forest = RTrees.Create();
        try
        {
            forest.MaxDepth = Options.MaxDepth;
            forest.MinSampleCount = Options.MinSamplesSplit;
            forest.ActiveVarCount = Math.Min(Options.FeaturesPerSplit, columns);
            forest.CalculateVarImportance = false;
            forest.UseSurrogates = false;
            forest.CVFolds = 0;
            forest.RegressionAccuracy = 0;
            forest.MaxCategories = Math.Max(2, classCount);
            forest.TermCriteria = new TermCriteria(CriteriaTypes.MaxIter, trees, 0);
            if (priors is not null)
            {
                forest.Priors = priors;
            }

            Cv2.SetTheRNG(seed);
            forest.Train(samples, SampleTypes.RowSample, responses);
            return forest;
        }
        catch
        {
            forest.Dispose();
            throw;
        }
    }
}
