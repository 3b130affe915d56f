namespace ClassicCv.Torch.Training;

/// <summary>How a network's learning rates change over the training steps (TorchSharp's <c>lr_scheduler</c>, stepped every batch).</summary>
public enum LearningRateSchedule
{
    /// <summary>One-cycle (Smith 2018, as fastai's <c>fine_tune</c>): warm up over the first 30 % of the steps to each group's rate, then cosine annealing to 1/10,000 of the start.</summary>
    OneCycle,

    /// <summary>Cosine annealing from each group's rate to 0 over every step.</summary>
    Cosine,

    /// <summary>Each group's rate throughout.</summary>
    Constant,
}
