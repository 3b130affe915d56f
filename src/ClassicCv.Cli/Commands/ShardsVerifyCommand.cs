using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClassicCv.Cli.Sharding;
using ClassicCv.Errors;
using ClassicCv.Files;
using ClassicCv.Sharding;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ClassicCv.Cli.Commands;

/// <summary>
/// <c>classiccv shards verify DIR</c>: checks that all N parts of a sharded job exist, read to the end and agree, and
/// then writes <c>DIR/_SUCCESS</c> (removing a stale one when they do not). Exit code 1 when parts are missing,
/// unreadable or truncated (rerun their shards), 2 when parts of different jobs are mixed.
/// </summary>
internal sealed class ShardsVerifyCommand(IAnsiConsole console) : Command<ShardsVerifySettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ShardsVerifySettings settings, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(settings.Folder))
        {
            throw new UserInputException($"'{settings.Folder}' does not exist; expected the folder the shards wrote their parts into.");
        }

        var folder = Path.GetFullPath(settings.Folder);
        var marker = Path.Combine(folder, PartVerifier.SuccessFile);
        var result = PartVerifier.Verify(folder);
        if (!result.Succeeded)
        {
            File.Delete(marker);
            var problems = string.Join("; ", result.Mismatched.Concat(result.Missing));
            var counts = string.Create(CultureInfo.InvariantCulture, $"{result.Parts.Count} parts verified, {result.Missing.Count} missing or damaged, {result.Mismatched.Count} mismatched; no {PartVerifier.SuccessFile} written");
            throw result.Mismatched.Count > 0
                ? new UserInputException($"{problems} ({counts}).")
                : new RetryableFailureException($"{problems} ({counts}); rerun those shards.");
        }

        var first = result.Parts[0];
        var summary = new SortedDictionary<string, object>(StringComparer.Ordinal)
        {
            ["parts"] = result.Parts.Count,
            ["rows"] = result.Parts.Sum(p => p.Rows),
            ["error_rows"] = result.Parts.Sum(p => Math.Max(0, p.Number(PartMetadata.ErrorRows))),
            ["kind"] = first[PartMetadata.Kind],
            ["job"] = first[PartMetadata.Job],
            ["features"] = first["classiccv.features"],
            ["settings"] = first["classiccv.settings"],
            ["split"] = first["classiccv.split"],
            ["listing_fingerprint"] = first[PartMetadata.Listing],
            ["code_version"] = first["classiccv.code_version"],
            ["shard_seconds"] = result.Parts.Select(p => double.TryParse(p[PartMetadata.Seconds], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : double.NaN).ToArray(),
            ["verified_utc"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        };
        var json = new JsonSerializerOptions { WriteIndented = true, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        AtomicFile.WriteAllText(marker, JsonSerializer.Serialize(summary, json) + "\n");
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{result.Parts.Count} parts verified: {summary["rows"]} rows, {summary["error_rows"]} error rows, job {first[PartMetadata.Job][..12]}.")));
        console.MarkupLine($"Success marker: [bold]{Markup.Escape(marker)}[/]");
        return 0;
    }
}
