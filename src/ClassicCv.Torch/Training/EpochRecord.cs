namespace ClassicCv.Torch.Training;

/// <summary>One training epoch of a network.</summary>
/// <param name="Epoch">1-based epoch number.</param>
/// <param name="TrainLoss">Mean training loss over the epoch's batches (as optimised: with label smoothing if set).</param>
/// <param name="ValidationAccuracy">Accuracy on the held-out validation part after the epoch, or <c>null</c> without one.</param>
/// <param name="Seconds">Wall seconds of the epoch's training (not its validation).</param>
/// <param name="ImagesPerSecond">Training images per second.</param>
public sealed record EpochRecord(int Epoch, double TrainLoss, double? ValidationAccuracy, double Seconds, double ImagesPerSecond);
