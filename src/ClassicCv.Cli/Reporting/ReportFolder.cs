using System.Globalization;

namespace ClassicCv.Cli.Reporting;

/// <summary>
/// A run's report folder, written under a hidden temporary name and moved into place only when complete, so an
/// interrupted or failed run never leaves a half-written report behind.
/// </summary>
internal sealed class ReportFolder : IDisposable
{
    private bool _committed;

    private ReportFolder(string runId, string finalPath, string workingPath)
    {
        RunId = runId;
        FinalPath = finalPath;
        WorkingPath = workingPath;
    }

    /// <summary>The run id: UTC time to the second, sortable, with a suffix if that id is taken.</summary>
    public string RunId { get; }

    /// <summary>Where the report ends up.</summary>
    public string FinalPath { get; }

    /// <summary>Where files are written until <see cref="Commit"/>.</summary>
    public string WorkingPath { get; }

    /// <summary>Reserves a new run id under <paramref name="root"/>.</summary>
    /// <param name="root">The reports root (e.g. <c>reports</c>).</param>
    /// <param name="started">When the run started.</param>
    public static ReportFolder Create(string root, DateTimeOffset started)
    {
        Directory.CreateDirectory(root);
        var stamp = started.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        for (var attempt = 1; ; attempt++)
        {
            var runId = attempt == 1 ? stamp : $"{stamp}-{attempt}";
            var final = Path.GetFullPath(Path.Combine(root, runId));
            var working = Path.GetFullPath(Path.Combine(root, $".{runId}.partial"));
            if (Directory.Exists(final) || Directory.Exists(working))
            {
                continue;
            }

            Directory.CreateDirectory(working);
            return new ReportFolder(runId, final, working);
        }
    }

    /// <summary>Moves the finished report into place.</summary>
    public void Commit()
    {
        Directory.Move(WorkingPath, FinalPath);
        _committed = true;
    }

    /// <summary>Removes the working folder when the run did not commit.</summary>
    public void Dispose()
    {
        if (!_committed && Directory.Exists(WorkingPath))
        {
            Directory.Delete(WorkingPath, recursive: true);
        }
    }
}
