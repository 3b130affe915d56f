using ClassicCv.Datasets;
using ClassicCv.Experiments;
using ClassicCv.Splitting;

namespace ClassicCv.Torch.TestTime;

/// <summary>
/// The test-time-augmentation row of a network (<c>image/NAME+tta</c>): the same trained network, each test image scored
/// as the mean of its own and its left–right mirror's outputs. When the network's own row already trained the network on
/// the same items it is reused; otherwise this row trains one (the same network, by the same seed).
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
    public IReadOnlyDictionary<string, string> Settings => WithTta(_trainer.Settings);

    /// <inheritdoc />
    public IPreparedContender Prepare(ImageDataset dataset, DataSplit split)
    {
        var network = _trainer.Prepare(dataset, split);
        return new PreparedContender(network.Preparation, items =>
        {
            if (_source.TrainedOn(dataset, items) is not { } trained)
            {
                network.Train(items).Dispose();
                trained = _source.TrainedOn(dataset, items) ?? throw new InvalidOperationException($"'{_trainer.ClassifierName}' trained no network.");
            }

            return new TrainedContender(_source.LoadMirrored(trained, dataset), WithTta(trained.Settings));
        });
    }

    private static Dictionary<string, string> WithTta(IReadOnlyDictionary<string, string> settings) =>
        new(settings, StringComparer.Ordinal) { ["tta"] = "mean of the image's and its mirror's outputs" };
}
