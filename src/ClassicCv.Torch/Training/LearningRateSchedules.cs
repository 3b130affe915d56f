using static TorchSharp.torch;

namespace ClassicCv.Torch.Training;

/// <summary>The names of <see cref="LearningRateSchedule"/> values as written in <c>schedule=</c> and <c>run.json</c>, and their TorchSharp schedulers.</summary>
public static class LearningRateSchedules
{
    /// <summary>Every schedule's name, in enum order: <c>onecycle</c>, <c>cosine</c>, <c>constant</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["onecycle", "cosine", "constant"];

    /// <summary>The schedule's name.</summary>
    /// <param name="schedule">A defined schedule.</param>
    public static string Name(LearningRateSchedule schedule) => Names[(int)schedule];

    /// <summary>The schedule named <paramref name="name"/> (one of <see cref="Names"/>).</summary>
    /// <param name="name">A name from <see cref="Names"/>.</param>
    public static LearningRateSchedule Parse(string name) => (LearningRateSchedule)Names.ToList().IndexOf(name);

    /// <summary>The scheduler stepping <paramref name="optimizer"/>'s rates over <paramref name="steps"/> batches, or <c>null</c> for <see cref="LearningRateSchedule.Constant"/>.</summary>
    /// <param name="optimizer">The optimizer, its groups at their peak rates.</param>
    /// <param name="schedule">The schedule.</param>
    /// <param name="peaks">Each parameter group's peak rate, in group order (one-cycle warms up to them).</param>
    /// <param name="steps">Training steps (batches) in all.</param>
    internal static optim.lr_scheduler.LRScheduler? Create(optim.Optimizer optimizer, LearningRateSchedule schedule, IEnumerable<double> peaks, int steps) => schedule switch
    {
        LearningRateSchedule.OneCycle => optim.lr_scheduler.OneCycleLR(optimizer, peaks, total_steps: steps + 1),
        LearningRateSchedule.Cosine => optim.lr_scheduler.CosineAnnealingLR(optimizer, steps),
        _ => null,
    };
}
