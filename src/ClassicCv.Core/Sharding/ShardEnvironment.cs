using System.Globalization;
using ClassicCv.Errors;

namespace ClassicCv.Sharding;

/// <summary>
/// Finds which shard this process is: <c>--shard I/N</c>, else Slurm's job-array variables
/// (<c>SLURM_ARRAY_TASK_ID</c> counted from <c>SLURM_ARRAY_TASK_MIN</c>, <c>SLURM_ARRAY_TASK_COUNT</c>), else Kubernetes'
/// Indexed Job variable <c>JOB_COMPLETION_INDEX</c> with <c>--shards N</c>.
/// </summary>
public static class ShardEnvironment
{
    /// <summary>Slurm's index of the array task.</summary>
    public const string SlurmTaskId = "SLURM_ARRAY_TASK_ID";

    /// <summary>Slurm's number of tasks of the array.</summary>
    public const string SlurmTaskCount = "SLURM_ARRAY_TASK_COUNT";

    /// <summary>Slurm's smallest task index of the array (so <c>--array=1-4</c> maps to shards 0–3).</summary>
    public const string SlurmTaskMin = "SLURM_ARRAY_TASK_MIN";

    /// <summary>Kubernetes' completion index of an Indexed Job's pod.</summary>
    public const string KubernetesIndex = "JOB_COMPLETION_INDEX";

    /// <summary>Whether a scheduler's variables name this process's shard (a Slurm array task or a Kubernetes Indexed Job pod).</summary>
    /// <param name="environment">Reads an environment variable (<c>null</c> when unset).</param>
    public static bool InEnvironment(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return environment(SlurmTaskId) is { Length: > 0 } || environment(KubernetesIndex) is { Length: > 0 };
    }

    /// <summary>Resolves the shard.</summary>
    /// <param name="shard">The <c>--shard</c> value, or <c>null</c>.</param>
    /// <param name="shards">The <c>--shards</c> value, or <c>null</c>.</param>
    /// <param name="environment">Reads an environment variable (<c>null</c> when unset).</param>
    /// <exception cref="UserInputException">Nothing says which shard, or the sources disagree.</exception>
    public static Shard Resolve(string? shard, string? shards, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        int? count = shards is null ? null : Whole(shards, "--shards", 1);
        Shard resolved;
        if (shard is not null)
        {
            resolved = Shard.Parse(shard, "--shard");
        }
        else if (environment(SlurmTaskId) is { Length: > 0 } taskId)
        {
            var id = Whole(taskId, SlurmTaskId, 0);
            var min = environment(SlurmTaskMin) is { Length: > 0 } text ? Whole(text, SlurmTaskMin, 0) : 0;
            var taskCount = environment(SlurmTaskCount) is { Length: > 0 } total
                ? Whole(total, SlurmTaskCount, 1)
                : count ?? throw new UserInputException($"{SlurmTaskId} is {taskId} but {SlurmTaskCount} is not set; submit with sbatch --array, or pass --shards N.");
            resolved = Shard.Of(id - min, taskCount, $"{SlurmTaskId}={id} ({SlurmTaskMin}={min}, {SlurmTaskCount}={taskCount})");
        }
        else if (environment(KubernetesIndex) is { Length: > 0 } index)
        {
            var shardCount = count ?? throw new UserInputException($"{KubernetesIndex} is {index} but --shards is not given; pass --shards N equal to the Indexed Job's completions.");
            resolved = Shard.Of(Whole(index, KubernetesIndex, 0), shardCount, $"{KubernetesIndex}={index} with --shards {shardCount}");
        }
        else
        {
            throw new UserInputException($"no shard is given; expected --shard I/N, or {SlurmTaskId} and {SlurmTaskCount} (sbatch --array), or {KubernetesIndex} (a Kubernetes Indexed Job) with --shards N. Use --shard 0/1 for a single part.");
        }

        if (count is { } expected && expected != resolved.Count)
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"--shards is {expected} but the shard is {resolved}; expected the same shard count."));
        }

        return resolved;
    }

    private static int Whole(string text, string source, int minimum) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum
            ? value
            : throw new UserInputException($"{source} is '{text}'; expected a whole number ≥ {minimum}.");
}
