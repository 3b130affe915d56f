using ClassicCv.Learning.Selection;

namespace ClassicCv.Experiments;

/// <summary>A trained contender that chose its hyperparameters by a search and can say how.</summary>
public interface IReportsModelSelection
{
    /// <summary>The search record, or <c>null</c> when the hyperparameters were fixed.</summary>
    ModelSelectionResult? ModelSelection { get; }
}
