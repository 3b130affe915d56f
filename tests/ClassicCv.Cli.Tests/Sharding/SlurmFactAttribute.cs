namespace ClassicCv.Cli.Tests.Sharding;

/// <summary>
/// A fact that needs Slurm: Slurm is installed when missing (see <see cref="SlurmInstallation"/>), and the test is
/// reported as skipped, with the reason, only when the packages cannot be installed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SlurmFactAttribute : FactAttribute
{
    public SlurmFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "the Slurm end-to-end test is SKIPPED: Debian's Slurm packages need Linux";
        }
        else if (SlurmInstallation.WhyUnavailable is { } reason)
        {
            Skip = reason;
        }
    }
}
