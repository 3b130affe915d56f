using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ClassicCv.Cli.Reporting;

/// <summary>A progress column showing a task's speed as images per second.</summary>
internal sealed class ImagesPerSecondColumn : ProgressColumn
{
    /// <inheritdoc />
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        task.Speed is { } speed && !task.IsIndeterminate
            ? new Text(string.Create(CultureInfo.InvariantCulture, $"{speed,7:0} img/s"), new Style(Color.Grey))
            : new Text("           ");
}
