using Parquet;

namespace ClassicCv.Cli.Tests.Sharding;

/// <summary>The rows of feature Parquet files, read back for comparison (features as raw bits).</summary>
internal sealed record PartContents(string[] Ids, string[] Splits, int[] Labels, int[] FeatureBits, string?[] Errors)
{
    public static PartContents Read(params string[] paths)
    {
        var ids = new List<string>();
        var splits = new List<string>();
        var labels = new List<int>();
        var bits = new List<int>();
        var errors = new List<string?>();
        foreach (var path in paths)
        {
            ReadOne(path, ids, splits, labels, bits, errors).GetAwaiter().GetResult();
        }

        return new PartContents([.. ids], [.. splits], [.. labels], [.. bits], [.. errors]);
    }

    private static async Task ReadOne(string path, List<string> ids, List<string> splits, List<int> labels, List<int> bits, List<string?> errors)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        var fields = reader.Schema.GetDataFields().ToDictionary(f => f.Name);
        var length = int.Parse(reader.CustomMetadata["classiccv.feature_length"], System.Globalization.CultureInfo.InvariantCulture);
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = (int)group.RowCount;
            var id = new string?[count];
            var split = new string?[count];
            var label = new int[count];
            var error = new string?[count];
            await group.ReadAsync(fields["id"], id.AsMemory()!);
            await group.ReadAsync(fields["split"], split.AsMemory()!);
            await group.ReadAsync<int>(fields["label"], label.AsMemory());
            if (fields.TryGetValue("error", out var errorField))
            {
                await group.ReadAsync(errorField, error.AsMemory()!);
            }

            var values = new float[count * length];
            await group.ReadRawAsync<float>(fields["element"], values.AsMemory(), new int[values.Length].AsMemory(), new int[values.Length].AsMemory());
            ids.AddRange(id.Select(v => v!));
            splits.AddRange(split.Select(v => v!));
            labels.AddRange(label);
            bits.AddRange(values.Select(BitConverter.SingleToInt32Bits));
            errors.AddRange(error);
        }
    }
}
