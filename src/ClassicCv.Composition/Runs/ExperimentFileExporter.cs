using System.Text;
using ClassicCv.Experiments;
using ClassicCv.Reports.Exporters;
using YamlDotNet.Serialization;

namespace ClassicCv.Runs;

/// <summary>
/// <c>experiment.yaml</c>: the run's complete resolved experiment (every member of <see cref="Experiment"/>, defaults
/// filled in, seed included, the dataset path made absolute), written with the rest of the report, so that
/// <c>classiccv run --config experiment.yaml</c> runs it again with the same numbers.
/// </summary>
/// <param name="experiment">The experiment the run measured.</param>
public sealed class ExperimentFileExporter(Experiment experiment) : ExporterBase
{
    /// <summary>The file name of the resolved experiment in every report folder.</summary>
    public const string FileName = "experiment.yaml";

    private static readonly ISerializer Yaml = new SerializerBuilder().Build();

    /// <inheritdoc />
    public override string Name => "experiment";

    /// <summary>The file's text for a run.</summary>
    /// <param name="experiment">The experiment.</param>
    /// <param name="runId">The run it describes.</param>
    public static string Text(Experiment experiment, string runId)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        var text = new StringBuilder()
            .Append("# The complete experiment of run ").Append(runId).Append(": every option of 'classiccv run', defaults filled in.\n")
            .Append("# Run it again (same seed, same metrics): classiccv run --config ").Append(FileName).Append('\n')
            .Append("# Options given on the command line beside --config override the file's.\n");
        foreach (var (name, value) in experiment.Options())
        {
            text.Append(Entry(name, name == "dataset" && value is not null && (File.Exists(value) || Directory.Exists(value)) ? Path.GetFullPath(value) : value));
        }

        return text.ToString();
    }

    /// <summary>One key of an experiment file as a YAML line (<c>null</c> for no value).</summary>
    /// <param name="name">The key (an option's long name).</param>
    /// <param name="value">Its value, or <c>null</c>.</param>
    public static string Entry(string name, string? value) =>
        value is null ? $"{name}: null\n" : Yaml.Serialize(new Dictionary<string, string> { [name] = value });

    /// <inheritdoc />
    protected override IEnumerable<(string RelativePath, string Content)> Render(RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        yield return (FileName, Text(experiment, summary.RunId));
    }
}
