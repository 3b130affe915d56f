using ClassicCv.Datasets;
using ClassicCv.Experiments;
using ClassicCv.Learning;

namespace ClassicCv.Evaluation.Calibration;

/// <summary>A network classifier whose logits are divided by a fitted temperature before the softmax; predictions are unchanged.</summary>
public sealed class TemperatureScaledClassifier : IImageClassifier
{
    private readonly IImageClassifier _inner;

    /// <summary>Wraps <paramref name="inner"/>; disposing this disposes it.</summary>
    /// <param name="inner">A classifier whose scores are logits.</param>
    /// <param name="temperature">The temperature, &gt; 0.</param>
    public TemperatureScaledClassifier(IImageClassifier inner, double temperature)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(temperature);
        _inner = inner;
        Temperature = temperature;
    }

    /// <summary>The temperature.</summary>
    public double Temperature { get; }

    /// <summary>The wrapped classifier.</summary>
    public IImageClassifier Inner => _inner;

    /// <inheritdoc />
    public IReadOnlyList<string> ClassNames => _inner.ClassNames;

    /// <summary>Fits the temperature on held-out training items (a network's validation part) and wraps the classifier.</summary>
    /// <param name="inner">A classifier whose scores are logits.</param>
    /// <param name="dataset">The dataset.</param>
    /// <param name="heldOut">Items the network was not fitted on (never test items).</param>
    public static TemperatureScaledClassifier Fit(IImageClassifier inner, ImageDataset dataset, IReadOnlyList<int> heldOut)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(heldOut);
        var predictions = inner.Predict(dataset, heldOut);
        var truth = heldOut.Select(i => dataset.Items[i].Label).ToArray();
        var temperature = predictions.Scores is { } logits ? TemperatureScaling.Fit(truth, logits, inner.ClassNames.Count) : 1;
        return new TemperatureScaledClassifier(inner, temperature);
    }

    /// <inheritdoc />
    public Predictions Predict(ImageDataset dataset, IReadOnlyList<int> items)
    {
        var raw = _inner.Predict(dataset, items);
        if (raw.Scores is not { } logits)
        {
            return raw;
        }

        return new Predictions(raw.Labels, TemperatureScaling.Probabilities(logits, ClassNames.Count, Temperature), true)
        {
            Uncalibrated = raw,
            CalibrationMethod = "temperature",
        };
    }

    /// <inheritdoc />
    public void Dispose() => _inner.Dispose();
}
