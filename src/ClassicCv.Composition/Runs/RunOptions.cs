using ClassicCv.OpenCv.Features;

namespace ClassicCv.Runs;

/// <summary>Where and how an <see cref="Experiment"/> runs: not part of what it measures (the same experiment gives the same numbers under any options).</summary>
public sealed record RunOptions
{
    /// <summary>The reports root: the run is written to <c>Out/&lt;run-id&gt;/</c>.</summary>
    public string Out { get; init; } = "reports";

    /// <summary>The feature cache folder, or <c>null</c> for the default one (<see cref="FeatureCache.DefaultDirectory"/>).</summary>
    public string? CacheFolder { get; init; }

    /// <summary>Extract every feature afresh and keep nothing (no feature cache).</summary>
    public bool NoCache { get; init; }

    /// <summary>Who is told about stages, progress, warnings and details (nobody by default).</summary>
    public IRunObserver Observer { get; init; } = SilentRunObserver.Instance;

    /// <summary>The command line recorded in <c>run.json</c>, or <c>null</c> for the <c>classiccv run</c> line the experiment stands for.</summary>
    public string? CommandLine { get; init; }

    /// <summary>
    /// The working folder of an interrupted run of the same experiment (<c>ROOT/.RUNID.partial</c>) to finish, or
    /// <c>null</c> for a new run: its finished contenders are loaded instead of trained, the rest run, and the report
    /// is written to <c>ROOT/RUNID</c> (<see cref="Out"/> is not used).
    /// </summary>
    public string? Resume { get; init; }

    /// <summary>The feature cache these options ask for, or <c>null</c> with <see cref="NoCache"/>.</summary>
    public FeatureCache? OpenCache() => FeatureCache.Open(CacheFolder, NoCache);
}
