using ClassicCv.Evaluation;
using ClassicCv.Learning.Selection;

namespace ClassicCv.Experiments;

/// <summary>How one contender did on the test split, and what it cost.</summary>
public sealed record PipelineResult
{
    /// <summary>The feature part of the name.</summary>
    public required string Features { get; init; }

    /// <summary>The classifier part of the name.</summary>
    public required string Classifier { get; init; }

    /// <summary><c>features/classifier</c>: unique within a run.</summary>
    public string Name => $"{Features}/{Classifier}";

    /// <summary>The contender's settings.</summary>
    public required IReadOnlyDictionary<string, string> Settings { get; init; }

    /// <summary>Images trained on.</summary>
    public required int TrainCount { get; init; }

    /// <summary>Images tested on.</summary>
    public required int TestCount { get; init; }

    /// <summary>Length of the feature vector (0 for an end-to-end network).</summary>
    public required int FeatureLength { get; init; }

    /// <summary>Test-split metrics.</summary>
    public required ClassificationMetrics Metrics { get; init; }

    /// <summary>Wall seconds decoding and extracting features of every train and test image (0 on a cache hit).</summary>
    public required double ExtractSeconds { get; init; }

    /// <summary>True when the features came from the on-disk cache.</summary>
    public required bool FeaturesFromCache { get; init; }

    /// <summary>Wall seconds fitting transforms and the classifier.</summary>
    public required double TrainSeconds { get; init; }

    /// <summary>Wall seconds predicting the test split.</summary>
    public required double PredictSeconds { get; init; }

    /// <summary>Statistics beyond the metrics (intervals, top-k, log loss, confusions); <c>null</c> when not computed.</summary>
    public PipelineStatistics? Statistics { get; init; }

    /// <summary>What the classifier said about each test image, in <see cref="RunSummary.TestImages"/> order; <c>null</c> when not kept.</summary>
    public Learning.Predictions? TestPredictions { get; init; }

    /// <summary>Test images per wall second of prediction (0 when unmeasured).</summary>
    public double PredictImagesPerSecond => PredictSeconds > 0 ? TestCount / PredictSeconds : 0;

    /// <summary>Wall milliseconds of decoding and feature extraction per train or test image (0 on a cache hit).</summary>
    public double ExtractMillisecondsPerImage => TrainCount + TestCount > 0 ? ExtractSeconds * 1000 / (TrainCount + TestCount) : 0;
    /// <summary>The hyperparameter search that chose the classifier's settings, or <c>null</c> when they were fixed.</summary>
    public ModelSelectionResult? ModelSelection { get; init; }

    /// <summary>Size on disk of the saved model in bytes, or <c>null</c> when it was not saved.</summary>
    public long? ModelBytes { get; init; }
}
