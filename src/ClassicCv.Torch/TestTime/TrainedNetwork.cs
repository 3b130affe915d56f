using ClassicCv.Onnx.Deep;

namespace ClassicCv.Torch.TestTime;

/// <summary>A network a trainer produced: its ONNX file, what it was trained on and the settings its training resolved. Immutable.</summary>
/// <param name="TrainItems">The training items it was given.</param>
/// <param name="ModelPath">The exported ONNX file.</param>
/// <param name="Input">How its input is made.</param>
/// <param name="Calibrated">Whether its run fitted a temperature (then a variant fits its own on <paramref name="Validation"/>).</param>
/// <param name="Validation">The held-out training items (never test items).</param>
public sealed record TrainedNetwork(IReadOnlyList<int> TrainItems, string ModelPath, NetInput Input, bool Calibrated, IReadOnlyList<int> Validation)
{
    /// <summary>The contender's settings after this training (epochs run, model file, temperature, …).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();
}
