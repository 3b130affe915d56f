using ClassicCv.Errors;

namespace ClassicCv.Cli.ExperimentFiles;

/// <summary>
/// Expands <c>classiccv run --config FILE</c> into the arguments the file stands for, before the command line is
/// parsed: the file's options come first and any option also given on the command line is taken from the command line.
/// <c>classiccv run --resume FOLDER</c> reads the interrupted run's own file, <c>FOLDER/experiment.yaml</c>, the same way.
/// </summary>
internal static class ConfigArguments
{
    /// <summary>The arguments with an experiment file's options added; unchanged when there is no <c>--config</c>.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <exception cref="UserInputException"><c>--config</c> has no file, is given twice or outside <c>run</c>, or the file is bad.</exception>
    public static string[] Expand(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var resume = Find(args, $"--{ExperimentFile.ResumeOption}");
        var flag = $"--{ExperimentFile.ConfigOption}";
        var positions = Find(args, flag);
        if (resume.Length > 0)
        {
            if (positions.Length > 0)
            {
                throw new UserInputException($"--resume reads the interrupted run's own experiment file; expected --resume FOLDER without {flag}.");
            }

            flag = $"--{ExperimentFile.ResumeOption}";
            positions = resume;
        }

        if (positions.Length == 0)
        {
            return args;
        }

        if (args[0] != "run")
        {
            throw new UserInputException($"{flag} is an option of classiccv run only; expected 'classiccv run {flag} FILE'.");
        }

        if (positions.Length > 1)
        {
            throw new UserInputException($"{flag} is given {positions.Length} times; expected one {(resume.Length > 0 ? "run to resume" : "experiment file")}.");
        }

        var at = positions[0];
        var path = args[at].Length > flag.Length ? args[at][(flag.Length + 1)..] : at + 1 < args.Length && !args[at + 1].StartsWith('-') ? args[at + 1] : null;
        if (string.IsNullOrEmpty(path))
        {
            throw new UserInputException(resume.Length > 0 ? $"{flag} needs a folder; expected '{flag} <out>/.RUNID.partial'." : $"{flag} needs a file; expected '{flag} experiment.yaml'.");
        }

        if (resume.Length > 0)
        {
            path = Path.Combine(path, Runs.ExperimentFileExporter.FileName);
            if (!File.Exists(path))
            {
                throw new UserInputException($"--resume '{Path.GetDirectoryName(path)}' holds no {Runs.ExperimentFileExporter.FileName}; expected the working folder of an interrupted run (<out>/.RUNID.partial).");
            }
        }

        var given = args.Skip(1).ToArray();
        var fromFile = ExperimentFile.Read(path).Where(entry => !given.Any(entry.Option.IsNamedBy)).SelectMany(entry => entry.Arguments);
        return ["run", .. fromFile, .. given];
    }

    private static int[] Find(string[] args, string flag) =>
        args.Select((arg, i) => (arg, i)).Where(a => a.arg == flag || a.arg.StartsWith(flag + "=", StringComparison.Ordinal)).Select(a => a.i).ToArray();
}
