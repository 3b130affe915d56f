using ClassicCv.Features;

namespace ClassicCv.Learning.Selection;

/// <summary>The model a grid search refitted with the chosen hyperparameters, with the search's record.</summary>
public sealed class SelectedModel : ISaveableModel
{
    /// <summary>Wraps the refitted model; disposing this disposes it.</summary>
    /// <param name="inner">The model trained on all training data with the chosen point.</param>
    /// <param name="selection">The search record.</param>
    public SelectedModel(IClassifierModel inner, ModelSelectionResult selection)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(selection);
        Inner = inner;
        Selection = selection;
    }

    /// <summary>The refitted model.</summary>
    public IClassifierModel Inner { get; }

    /// <summary>The search record.</summary>
    public ModelSelectionResult Selection { get; }

    /// <inheritdoc />
    public int ClassCount => Inner.ClassCount;

    /// <inheritdoc />
    public string Kind => (Inner as ISaveableModel)?.Kind ?? throw new NotSupportedException($"The chosen {Inner.GetType().Name} cannot be saved.");

    /// <inheritdoc />
    public void Save(string directory) =>
        (Inner as ISaveableModel ?? throw new NotSupportedException($"The chosen {Inner.GetType().Name} cannot be saved.")).Save(directory);

    /// <inheritdoc />
    public Predictions Predict(FeatureMatrix features) => Inner.Predict(features);

    /// <inheritdoc />
    public void Dispose() => Inner.Dispose();
}
