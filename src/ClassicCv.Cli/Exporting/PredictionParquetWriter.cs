using ClassicCv.Files;
using Parquet;
using Parquet.Schema;

namespace ClassicCv.Cli.Exporting;

/// <summary>Writes predictions to a Parquet file: columns <c>path</c>, <c>predicted_class</c>, <c>score</c> and <c>error</c>, plus key/value metadata.</summary>
internal static class PredictionParquetWriter
{
    private static readonly DataField<string> PathField = new("path");
    private static readonly DataField<string> ClassField = new("predicted_class", true);
    private static readonly DataField<float?> ScoreField = new("score");
    private static readonly DataField<string> ErrorField = new("error", true);

    /// <summary>Writes the file atomically (a temporary file renamed at the end).</summary>
    /// <param name="path">The Parquet file to create or replace.</param>
    /// <param name="rows">One entry per image.</param>
    /// <param name="metadata">File-level key/value metadata.</param>
    public static void Write(string path, IReadOnlyList<PredictionRow> rows, IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(rows);
        AtomicFile.Write(path, stream => WriteAsync(stream, rows, metadata).GetAwaiter().GetResult());
    }

    private static async Task WriteAsync(Stream stream, IReadOnlyList<PredictionRow> rows, IReadOnlyDictionary<string, string> metadata)
    {
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(PathField, ClassField, ScoreField, ErrorField), stream);
        writer.CustomMetadata = metadata;
        for (var start = 0; start < rows.Count; start += FeatureParquetWriter.RowGroupSize)
        {
            var group = rows.Skip(start).Take(FeatureParquetWriter.RowGroupSize).ToArray();
            using var rowGroup = writer.CreateRowGroup();
            await rowGroup.WriteAsync(PathField, group.Select(row => row.Path).ToArray());
            // Parquet.Net takes nullable columns' strings as IReadOnlyCollection<string>; a null entry is written as null.
            await rowGroup.WriteAsync(ClassField, group.Select(row => row.PredictedClass!).ToArray());
            await rowGroup.WriteAsync<float>(ScoreField, group.Select(row => row.Score).ToArray().AsMemory());
            await rowGroup.WriteAsync(ErrorField, group.Select(row => row.Error!).ToArray());
        }
    }
}
