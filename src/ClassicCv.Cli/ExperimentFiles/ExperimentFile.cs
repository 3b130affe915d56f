using System.Text;
using ClassicCv.Cli.Commands;
using ClassicCv.Errors;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ClassicCv.Cli.ExperimentFiles;

/// <summary>
/// An experiment as a file: a YAML (or JSON) mapping from <c>classiccv run</c>'s long option names to their values,
/// e.g. <c>features: hog,raw</c> or <c>features: [hog, raw]</c>, <c>seed: 7</c>, <c>save-models: true</c>. Reading a
/// file gives the command-line arguments it stands for; every run writes its resolved experiment in the same form
/// (<see cref="Runs.ExperimentFileExporter"/>).
/// </summary>
internal static class ExperimentFile
{
    /// <summary>The option that names an experiment file; it never appears inside one.</summary>
    public const string ConfigOption = "config";

    /// <summary>The option that finishes an interrupted run (whose folder holds its experiment file); it never appears inside one.</summary>
    public const string ResumeOption = "resume";

    /// <summary>The options an experiment file may set: every option of <c>classiccv run</c> but <c>--config</c> and <c>--resume</c>.</summary>
    public static IReadOnlyList<CommandOptionInfo> Options { get; } = [.. CommandOptionInfo.Of<RunSettings>().Where(o => o.Name is not (ConfigOption or ResumeOption))];

    /// <summary>Reads an experiment file into <c>classiccv run</c> arguments (<c>--name value</c>, or <c>--name</c> for a flag set to true).</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="UserInputException">The file is missing, not YAML/JSON, or names an unknown option or a bad value.</exception>
    public static IReadOnlyList<(CommandOptionInfo Option, string[] Arguments)> Read(string path)
    {
        var root = Load(path);
        if (root is not YamlMappingNode mapping)
        {
            throw new UserInputException($"'{path}' is not an experiment file: expected a mapping of option names to values (e.g. 'features: hog,raw'), found {Describe(root)}.");
        }

        var read = new List<(CommandOptionInfo, string[])>();
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var where = $"'{path}' line {keyNode.Start.Line}";
            var option = Options.FirstOrDefault(o => o.Name == key)
                ?? throw new UserInputException(key == ConfigOption ? $"{where}: an experiment file cannot name another with '{ConfigOption}'."
                    : key == ResumeOption ? $"{where}: '{ResumeOption}' belongs on the command line (classiccv run --resume FOLDER), not in an experiment file."
                    : $"{where}: '{key}' is not an option of classiccv run; expected one of: {string.Join(", ", Options.Select(o => o.Name))}.");
            var value = Value(valueNode, where, key);
            if (option.IsFlag)
            {
                read.Add((option, value?.ToLowerInvariant() switch
                {
                    null or "false" => [],
                    "true" => [$"--{key}"],
                    _ => throw new UserInputException($"{where}: '{key}' is '{value}'; expected true or false."),
                }));
            }
            else if (value is not null)
            {
                read.Add((option, [$"--{key}", value]));
            }
        }

        return read;
    }

    /// <summary>A commented starting file for <c>classiccv init</c>: every option with its help text and default.</summary>
    public static string Template()
    {
        var text = new StringBuilder()
            .Append("# A ClassicCv experiment: the options of 'classiccv run' (docs/cli.md), one per key; YAML or JSON.\n")
            .Append("# Run it: classiccv run --config experiment.yaml   (options on the command line override the file's)\n")
            .Append("# Lists may be written as YAML sequences too, e.g. features: [hog, \"hog[cell=4]\", raw]\n");
        foreach (var option in Options)
        {
            text.Append('\n');
            foreach (var line in Wrap(option.Description, 110))
            {
                text.Append("# ").Append(line).Append('\n');
            }

            text.Append(option.Default is null && !option.IsFlag ? $"# {option.Name}:\n" : Runs.ExperimentFileExporter.Entry(option.Name, option.Default ?? "false"));
        }

        return text.ToString();
    }

    private static YamlNode? Load(string path)
    {
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8);
            var stream = new YamlStream();
            stream.Load(reader);
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UserInputException($"--config '{path}' does not exist; expected an experiment file (write one with classiccv init).");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"--config '{path}' could not be read: {exception.Message}");
        }
        catch (YamlException exception)
        {
            throw new UserInputException($"'{path}' line {exception.Start.Line}, column {exception.Start.Column} is not valid YAML or JSON: {exception.Message}");
        }
    }

    private static string? Value(YamlNode node, string where, string key) => node switch
    {
        YamlScalarNode scalar when scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL" => null,
        YamlScalarNode scalar => scalar.Value,
        YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode) => string.Join(',', sequence.Children.Select(c => ((YamlScalarNode)c).Value)),
        _ => throw new UserInputException($"{where}: '{key}' is {Describe(node)}; expected a value or a list of values."),
    };

    private static string Describe(YamlNode? node) => node switch
    {
        null => "an empty file",
        YamlScalarNode scalar => $"the text '{scalar.Value}'",
        YamlSequenceNode => "a list",
        _ => "a nested mapping",
    };

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
