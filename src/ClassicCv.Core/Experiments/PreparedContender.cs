namespace ClassicCv.Experiments;

/// <summary>A prepared contender whose training is one function of the training items (a network, a given ONNX model, a test-time-flip row).</summary>
public sealed class PreparedContender : IPreparedContender
{
    private readonly Func<IReadOnlyList<int>, TrainedContender> _train;

    /// <summary>Creates the prepared contender.</summary>
    /// <param name="preparation">What preparing cost and found.</param>
    /// <param name="train">Trains on the given items and returns a new trained contender.</param>
    public PreparedContender(Preparation preparation, Func<IReadOnlyList<int>, TrainedContender> train)
    {
        ArgumentNullException.ThrowIfNull(preparation);
        ArgumentNullException.ThrowIfNull(train);
        Preparation = preparation;
        _train = train;
    }

    /// <inheritdoc />
    public Preparation Preparation { get; }

    /// <inheritdoc />
    public TrainedContender Train(IReadOnlyList<int> trainItems)
    {
        ArgumentNullException.ThrowIfNull(trainItems);
        return _train(trainItems);
    }
}
