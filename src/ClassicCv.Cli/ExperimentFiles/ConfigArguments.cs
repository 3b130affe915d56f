using ClassicCv.Errors;

namespace ClassicCv.Cli.ExperimentFiles;

/// <summary>
/// Expands <c>classiccv run --config FILE</c> into the arguments the file stands for, before the command line is
/// parsed: the file's options come first and any option also given on the command line is taken from the command line.
/// </summary>
internal static class ConfigArguments
{
    /// <summary>The arguments with an experiment file's options added; unchanged when there is no <c>--config</c>.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <exception cref="UserInputException"><c>--config</c> has no file, is given twice or outside <c>run</c>, or the file is bad.</exception>
    public static string[] Expand(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var flag = $"--{ExperimentFile.ConfigOption}";
        var positions = args.Select((arg, i) => (arg, i)).Where(a => a.arg == flag || a.arg.StartsWith(flag + "=", StringComparison.Ordinal)).Select(a => a.i).ToArray();
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
            throw new UserInputException($"{flag} is given {positions.Length} times; expected one experiment file.");
        }

        var at = positions[0];
        var path = args[at].Length > flag.Length ? args[at][(flag.Length + 1)..] : at + 1 < args.Length && !args[at + 1].StartsWith('-') ? args[at + 1] : null;
        if (string.IsNullOrEmpty(path))
        {
            throw new UserInputException($"{flag} needs a file; expected '{flag} experiment.yaml'.");
        }

        var given = args.Skip(1).ToArray();
        var fromFile = ExperimentFile.Read(path).Where(entry => !given.Any(entry.Option.IsNamedBy)).SelectMany(entry => entry.Arguments);
        return ["run", .. fromFile, .. given];
    }
}
