using ClassicCv.Datasets;
using ClassicCv.Experiments;
using ClassicCv.Splitting;

namespace ClassicCv.Torch.TestTime;

/// <summary>
/// The test-time-augmentation row of a network (<c>image/NAME+tta</c>): the same trained network, each test image scored
/// as the mean of its own and its left–right mirror's outputs. Placed after the network's own row, it reuses the network
/// trained for that row (trained on the same items); otherwise it trains one.
/// </summary>
public sealed class TestTimeFlipTrainer : IImageClassifierTrainer
{
    private readonly IImageClassifierTrainer _trainer;
    private readonly INetworkSource _source;

    /// <summary>Wraps a network trainer.</summary>
    /// <param name="trainer">The network's trainer; it must also be an <see cref="INetworkSource"/>.</param>
    public TestTimeFlipTrainer(IImageClassifierTrainer trainer)
    {
        ArgumentNullException.ThrowIfNull(trainer);
        _trainer = trainer;
        _source = trainer as INetworkSource ?? throw new ArgumentException($"'{trainer.ClassifierName}' cannot hand out its trained network.", nameof(trainer));
    }

    /// <inheritdoc />
    public string FeaturesName => _trainer.FeaturesName;

    /// <inheritdoc />
    public string ClassifierName => $"{_trainer.ClassifierName}+tta";

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(_trainer.Settings, StringComparer.Ordinal) { ["tta"] = "mean of the image's and its mirror's outputs" };

    /// <inheritdoc />
    public Preparation Prepare(ImageDataset dataset, DataSplit split) => _trainer.Prepare(dataset, split);

    /// <inheritdoc />
    public IImageClassifier Train(ImageDataset dataset, IReadOnlyList<int> trainItems)
    {
        ArgumentNullException.ThrowIfNull(trainItems);
        if (_source.LastTrained is not { } last || !last.TrainItems.SequenceEqual(trainItems))
        {
            _trainer.Train(dataset, trainItems).Dispose();
            last = _source.LastTrained ?? throw new InvalidOperationException($"'{_trainer.ClassifierName}' trained no network.");
        }

        return _source.LoadMirrored(last, dataset);
    }
}
