using ClassicCv.Torch.Training;

namespace ClassicCv.Torch.FineTuning;

/// <summary>What a fine-tuning run did.</summary>
/// <param name="EpochsRun">Epochs trained before the limit or early stopping.</param>
/// <param name="BestEpoch">The epoch whose weights were kept (the last without a validation part).</param>
/// <param name="BestAccuracy">Its validation accuracy, or <c>null</c> without a validation part.</param>
/// <param name="Curve">Every epoch.</param>
public sealed record FineTuneOutcome(int EpochsRun, int BestEpoch, double? BestAccuracy, IReadOnlyList<EpochRecord> Curve);
