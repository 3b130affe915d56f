using ClassicCv.Features;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ClassicCv.MlNet.Data;

/// <summary>Builds ML.NET data views over a <see cref="FeatureMatrix"/> with a fixed-width <c>Features</c> column.</summary>
internal static class DataViews
{
    /// <summary>A view for a binary trainer: <c>BinaryLabel</c> is true where the label equals <paramref name="positive"/>.</summary>
    public static IDataView Binary(MLContext context, FeatureMatrix features, IReadOnlyList<int> labels, int positive) =>
        Create(context, features, i => new FeatureRow { BinaryLabel = labels[i] == positive }, classCount: 0);

    /// <summary>A view for a multiclass trainer: <c>Label</c> is a key over <paramref name="classCount"/> values; in memory ML.NET reads the zero-based label as the key index.</summary>
    public static IDataView Multiclass(MLContext context, FeatureMatrix features, IReadOnlyList<int> labels, int classCount) =>
        Create(context, features, i => new FeatureRow { Label = (uint)labels[i] }, classCount);

    private static IDataView Create(MLContext context, FeatureMatrix features, Func<int, FeatureRow> label, int classCount)
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, features.Columns);
        if (classCount > 0)
        {
            schema[nameof(FeatureRow.Label)].ColumnType = new KeyDataViewType(typeof(uint), classCount);
        }

        var rows = Enumerable.Range(0, features.Rows).Select(i =>
        {
            var row = label(i);
            row.Features = features.Row(i).ToArray();
            return row;
        });
        return context.Data.LoadFromEnumerable(rows.ToArray(), schema);
    }
}
