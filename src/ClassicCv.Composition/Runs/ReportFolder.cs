using System.Globalization;
using ClassicCv.Reports.Exporters;

namespace ClassicCv.Runs;

/// <summary>
/// A run's report folder, written under a hidden temporary name and moved into place only when complete, so an
/// interrupted or failed run never leaves a half-written report behind: the working folder is locked while the run
/// writes it (<see cref="WorkFolderLock"/>), and one left by a killed run is removed by the next.
/// </summary>
public sealed class ReportFolder : IDisposable
{
    private readonly WorkFolderLock _lock;
    private const string PartialSuffix = ".partial";
    private bool _committed;
    private bool _kept;

    private ReportFolder(string runId, string finalPath, string workingPath, WorkFolderLock workLock)
    {
        RunId = runId;
        FinalPath = finalPath;
        WorkingPath = workingPath;
        _lock = workLock;
    }

    /// <summary>The run id: UTC time to the second, sortable, with a suffix if that id is taken.</summary>
    public string RunId { get; }

    /// <summary>When the run started (for a resumed run, when it first started: its id says so).</summary>
    public DateTimeOffset Started => DateTimeOffset.ParseExact(RunId[..15], "yyyyMMdd-HHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

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
            var working = Path.GetFullPath(Path.Combine(root, $".{runId}{PartialSuffix}"));
            if (Directory.Exists(final) || Directory.Exists(working))
            {
                continue;
            }

            WorkFolderLock workLock;
            try
            {
                workLock = WorkFolderLock.Take(working);
            }
            catch (IOException)
            {
                // Another run took this id a moment ago.
                continue;
            }

            if (Directory.Exists(final) || Directory.Exists(working))
            {
                workLock.Dispose();
                continue;
            }

            Directory.CreateDirectory(working);
            return new ReportFolder(runId, final, working, workLock);
        }
    }

    /// <summary>
    /// Takes over the working folder of an interrupted run (<c>ROOT/.RUNID.partial</c>) to finish it: the report ends
    /// up in <c>ROOT/RUNID</c> as if the run had never stopped.
    /// </summary>
    /// <param name="workingPath">The interrupted run's working folder.</param>
    /// <exception cref="Errors.UserInputException">It is not such a folder, its report already exists, or a live run holds it.</exception>
    public static ReportFolder Resume(string workingPath)
    {
        var working = Path.GetFullPath(workingPath.TrimEnd(Path.DirectorySeparatorChar));
        var name = Path.GetFileName(working);
        if (!Directory.Exists(working) || !name.StartsWith('.') || !name.EndsWith(PartialSuffix, StringComparison.Ordinal))
        {
            throw new Errors.UserInputException($"--resume '{workingPath}' is not the working folder of an interrupted run; expected a folder named .RUNID{PartialSuffix} under a reports root (a killed or failed run leaves one, and says so).");
        }

        var runId = name[1..^PartialSuffix.Length];
        var final = Path.Combine(Path.GetDirectoryName(working)!, runId);
        if (Directory.Exists(final))
        {
            throw new Errors.UserInputException($"--resume '{workingPath}': the report '{final}' already exists; expected the working folder of a run that did not finish.");
        }

        WorkFolderLock workLock;
        try
        {
            workLock = WorkFolderLock.Take(working);
        }
        catch (IOException)
        {
            throw new Errors.UserInputException($"--resume '{workingPath}': a run that is still going holds this folder; expected an interrupted run's folder (wait for that run, or stop it first).");
        }

        return new ReportFolder(runId, final, working, workLock);
    }

    /// <summary>Leaves the working folder in place, unlocked, for a later <see cref="Resume"/> (instead of removing it on <see cref="Dispose"/>).</summary>
    public void Keep()
    {
        _kept = true;
        _lock.Dispose();
    }

    /// <summary>
    /// Writes the report with <paramref name="export"/>, moves the saved models in, and commits, so the report appears
    /// complete or not at all: when any file cannot be written (e.g. the disk is full) the working folder is removed and
    /// the exception names every file that failed and where.
    /// </summary>
    /// <param name="export">Writes the report files into the folder it is given.</param>
    /// <param name="models">A staging folder of saved models to move into <c>models/</c>, or <c>null</c>.</param>
    /// <param name="scratch">A folder of the run's own (inside the working folder) removed before the report is committed, or <c>null</c>.</param>
    /// <exception cref="OutputNotWrittenException">Something could not be written; nothing was left behind.</exception>
    public ExportResult Complete(Func<string, ExportResult> export, string? models, string? scratch = null)
    {
        ArgumentNullException.ThrowIfNull(export);
        var failures = new List<string>();
        ExportResult? result = null;
        try
        {
            result = export(WorkingPath);
            failures.AddRange(result.Failures);
            if (failures.Count == 0 && models is not null && Directory.Exists(models))
            {
                Directory.Move(models, Path.Combine(WorkingPath, "models"));
            }

            if (failures.Count == 0 && scratch is not null && Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }

            if (failures.Count == 0)
            {
                Commit();
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            failures.Add(exception.Message);
        }

        if (failures.Count > 0 || result is null)
        {
            Dispose();
            throw new OutputNotWrittenException(
                $"the report could not be written to '{FinalPath}' ({string.Join("; ", failures)}); the partial report folder was removed, so no half-written report is left.");
        }

        return result;
    }

    /// <summary>Moves the finished report into place.</summary>
    public void Commit()
    {
        Directory.Move(WorkingPath, FinalPath);
        _committed = true;
        _lock.Dispose();
    }

    /// <summary>Removes the working folder when the run did not commit.</summary>
    public void Dispose()
    {
        if (!_committed && !_kept && Directory.Exists(WorkingPath))
        {
            try
            {
                Directory.Delete(WorkingPath, recursive: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Left unlocked: the next run under this root removes it.
            }
        }

        _lock.Dispose();
    }
}
