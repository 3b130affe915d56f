using ClassicCv.Features;
using ClassicCv.Files;
using Parquet;
using Parquet.Schema;

namespace ClassicCv.Cli.Exporting;

/// <summary>
/// Writes features to a Parquet file (Parquet.Net): columns <c>id</c>, <c>path</c>, <c>split</c>, <c>label</c>,
/// <c>class</c> and <c>features</c> (a list of float32), in row groups, plus key/value metadata (extractor settings…).
/// The parts of a sharded extraction also have an <c>error</c> column: <c>null</c>, or why the image could not be read
/// (its features are then zeros).
/// </summary>
internal static class FeatureParquetWriter
{
    /// <summary>Rows per row group: bounds the writer's memory (values and repetition levels of one group).</summary>
    public const int RowGroupSize = 4096;

    private static readonly DataField<string> IdField = new("id");
    private static readonly DataField<string> PathField = new("path");
    private static readonly DataField<string> SplitField = new("split");
    private static readonly DataField<int> LabelField = new("label");
    private static readonly DataField<string> ClassField = new("class");
    private static readonly ListField FeaturesField = new("features", new DataField<float>("element"));
    private static readonly DataField<string> ErrorField = new("error", true);

    /// <summary>Writes the file atomically (a temporary file renamed at the end).</summary>
    /// <param name="path">The Parquet file to create or replace.</param>
    /// <param name="rows">One entry per row of <paramref name="features"/>.</param>
    /// <param name="features">The feature vectors.</param>
    /// <param name="metadata">File-level key/value metadata.</param>
    /// <param name="errors">With an <c>error</c> column: one entry per row, <c>null</c> for a readable image; <c>null</c> for no such column.</param>
    public static void Write(string path, IReadOnlyList<FeatureRow> rows, FeatureMatrix features, IReadOnlyDictionary<string, string> metadata, IReadOnlyList<string?>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(features);
        if (rows.Count != features.Rows)
        {
            throw new ArgumentException($"Expected one row description per feature row ({features.Rows}), received {rows.Count}.", nameof(rows));
        }

        if (errors is not null && errors.Count != rows.Count)
        {
            throw new ArgumentException($"Expected one error entry per row ({rows.Count}), received {errors.Count}.", nameof(errors));
        }

        AtomicFile.Write(path, stream => WriteAsync(stream, rows, features, metadata, errors).GetAwaiter().GetResult());
    }

    private static async Task WriteAsync(Stream stream, IReadOnlyList<FeatureRow> rows, FeatureMatrix features, IReadOnlyDictionary<string, string> metadata, IReadOnlyList<string?>? errors)
    {
        var schema = errors is null
            ? new ParquetSchema(IdField, PathField, SplitField, LabelField, ClassField, FeaturesField)
            : new ParquetSchema(IdField, PathField, SplitField, LabelField, ClassField, FeaturesField, ErrorField);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream);
        writer.CustomMetadata = metadata;
        var columns = features.Columns;
        var levels = new int[Math.Min(RowGroupSize, Math.Max(1, rows.Count)) * columns];
        for (var i = 0; i < levels.Length; i++)
        {
            levels[i] = i % columns == 0 ? 0 : 1;
        }

        // Parquet.Net infers a nested leaf's definition levels from nullable values, so list elements go in as float?.
        var buffer = new float?[levels.Length];
        for (var start = 0; start < rows.Count; start += RowGroupSize)
        {
            var count = Math.Min(RowGroupSize, rows.Count - start);
            var group = rows.Skip(start).Take(count).ToArray();
            using var rowGroup = writer.CreateRowGroup();
            await rowGroup.WriteAsync(IdField, group.Select(row => row.Id).ToArray());
            await rowGroup.WriteAsync(PathField, group.Select(row => row.Path).ToArray());
            await rowGroup.WriteAsync(SplitField, group.Select(row => row.Split).ToArray());
            await rowGroup.WriteAsync<int>(LabelField, group.Select(row => row.Label).ToArray());
            await rowGroup.WriteAsync(ClassField, group.Select(row => row.ClassName).ToArray());
            var source = features.Values.Slice(start * columns, count * columns);
            for (var i = 0; i < source.Length; i++)
            {
                buffer[i] = source[i];
            }

            await rowGroup.WriteAsync<float>((DataField)FeaturesField.Item, buffer.AsMemory(0, count * columns), levels.AsMemory(0, count * columns));
            if (errors is not null)
            {
                await rowGroup.WriteAsync(ErrorField, errors.Skip(start).Take(count).Select(error => error!).ToArray()); // null entries are written as nulls
            }
        }
    }
}
