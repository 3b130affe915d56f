using System.Globalization;
using Parquet;

namespace ClassicCv.Benchmarks;

/// <summary>Compares the parts of a sharded <c>classiccv extract</c>, read in order, with one single-process extract: ids, splits, labels and feature bits.</summary>
internal static class PartsEqual
{
    /// <summary>Prints whether they are equal; exit code 0 when they are, 1 when not.</summary>
    public static int Run(string single, string folder)
    {
        var parts = Directory.GetFiles(folder, "part-*-of-*.parquet").Order(StringComparer.Ordinal).ToArray();
        var expected = Read([single]).GetAwaiter().GetResult();
        var actual = Read(parts).GetAwaiter().GetResult();
        var rows = expected.Ids.Count == actual.Ids.Count && expected.Ids.SequenceEqual(actual.Ids) && expected.Labels.SequenceEqual(actual.Labels);
        var bits = expected.Bits.SequenceEqual(actual.Bits);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{parts.Length} parts, {actual.Ids.Count} rows vs {expected.Ids.Count}: ids/splits/labels {(rows ? "equal" : "DIFFER")}, {actual.Bits.Count} feature values {(bits ? "bit-identical" : "DIFFER")}"));
        return rows && bits ? 0 : 1;
    }

    private static async Task<(List<string> Ids, List<string> Labels, List<int> Bits)> Read(IEnumerable<string> paths)
    {
        var ids = new List<string>();
        var rest = new List<string>();
        var bits = new List<int>();
        foreach (var path in paths)
        {
            await using var reader = await ParquetReader.CreateAsync(path);
            var fields = reader.Schema.GetDataFields().ToDictionary(f => f.Name);
            var length = int.Parse(reader.CustomMetadata["classiccv.feature_length"], CultureInfo.InvariantCulture);
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var count = (int)group.RowCount;
                var id = new string?[count];
                var split = new string?[count];
                var label = new int[count];
                var values = new float[count * length];
                await group.ReadAsync(fields["id"], id.AsMemory()!);
                await group.ReadAsync(fields["split"], split.AsMemory()!);
                await group.ReadAsync<int>(fields["label"], label.AsMemory());
                await group.ReadRawAsync<float>(fields["element"], values.AsMemory(), new int[values.Length].AsMemory(), new int[values.Length].AsMemory());
                ids.AddRange(id.Select(v => v ?? ""));
                rest.AddRange(split.Zip(label, (s, l) => $"{s}/{l}"));
                bits.AddRange(values.Select(BitConverter.SingleToInt32Bits));
            }
        }

        return (ids, rest, bits);
    }
}
