using System.Globalization;

namespace ClassicCv.Torch.Training;

/// <summary>
/// The epochs of one network's training: formats each epoch's progress line (train loss, validation accuracy, images/s,
/// estimated time left) and writes the whole curve into the contender's settings (so into <c>run.json</c>).
/// </summary>
internal sealed class TrainingCurve
{
    private readonly string _name;
    private readonly int _maxEpochs;
    private readonly List<EpochRecord> _epochs = [];

    /// <summary>Creates an empty curve.</summary>
    /// <param name="name">The contender, first word of each line (e.g. <c>cnn</c>).</param>
    /// <param name="maxEpochs">The epoch limit (for the estimate of the time left).</param>
    public TrainingCurve(string name, int maxEpochs)
    {
        _name = name;
        _maxEpochs = maxEpochs;
    }

    /// <summary>The epochs so far.</summary>
    public IReadOnlyList<EpochRecord> Epochs => _epochs;

    /// <summary>Records an epoch and returns its progress line.</summary>
    /// <param name="record">The epoch.</param>
    public string Add(EpochRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _epochs.Add(record);
        var left = TimeSpan.FromSeconds(_epochs.Average(e => e.Seconds) * (_maxEpochs - record.Epoch));
        var accuracy = record.ValidationAccuracy is { } a ? Invariant($", validation accuracy {a:0.0000}") : "";
        return Invariant($"{_name} epoch {record.Epoch}/{_maxEpochs}: train loss {record.TrainLoss:0.0000}{accuracy}, {record.ImagesPerSecond:0.0} images/s, {record.Seconds:0.0} s, at most {(int)left.TotalMinutes}m{left.Seconds:00}s left");
    }

    /// <summary>Writes <c>curve_train_loss</c>, <c>curve_validation_accuracy</c> and <c>curve_epoch_seconds</c> (one value per epoch, comma-separated) and <c>train_images_per_second</c> (the mean).</summary>
    /// <param name="epochs">The epochs.</param>
    /// <param name="settings">The contender's settings.</param>
    public static void Write(IReadOnlyList<EpochRecord> epochs, IDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(epochs);
        ArgumentNullException.ThrowIfNull(settings);
        settings["curve_train_loss"] = string.Join(',', epochs.Select(e => Invariant($"{e.TrainLoss:0.0000}")));
        settings["curve_validation_accuracy"] = string.Join(',', epochs.Select(e => e.ValidationAccuracy is { } a ? Invariant($"{a:0.0000}") : "none"));
        settings["curve_epoch_seconds"] = string.Join(',', epochs.Select(e => Invariant($"{e.Seconds:0.0}")));
        settings["train_images_per_second"] = epochs.Count == 0 ? "none" : Invariant($"{epochs.Average(e => e.ImagesPerSecond):0.0}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
