using ClassicCv.Features;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ClassicCv.MlNet.Data;

/// <summary>
/// Builds ML.NET data views with a fixed-width <c>Features</c> column. The rows are copied out of the
/// <see cref="FeatureMatrix"/> once (<see cref="CopyRows"/>) and shared by every view built from them, so the
/// one-vs-rest views of a linear SVM cost one copy of the features, not one per class.
/// </summary>
internal static class DataViews
{
    /// <summary>One array per row: the form ML.NET reads, shared by the views built from it.</summary>
    public static float[][] CopyRows(FeatureMatrix features)
    {
        var rows = new float[features.Rows][];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = features.Row(i).ToArray();
        }

        return rows;
    }

    /// <summary>A view for a binary trainer: <c>BinaryLabel</c> is true where the label equals <paramref name="positive"/>; <c>Weight</c> is the example's class weight (1 without <paramref name="classWeights"/>).</summary>
    public static IDataView Binary(MLContext context, float[][] rows, int columns, IReadOnlyList<int> labels, int positive, IReadOnlyList<double>? classWeights = null) =>
        Create(context, rows, columns, i => new FeatureRow { BinaryLabel = labels[i] == positive, Weight = WeightOf(classWeights, labels[i]) }, classCount: 0);

    /// <summary>A view for a multiclass trainer: <c>Label</c> is a key over <paramref name="classCount"/> values; in memory ML.NET reads the zero-based label as the key index.</summary>
    public static IDataView Multiclass(MLContext context, FeatureMatrix features, IReadOnlyList<int> labels, int classCount, IReadOnlyList<double>? classWeights = null) =>
        Create(context, CopyRows(features), features.Columns, i => new FeatureRow { Label = (uint)labels[i], Weight = WeightOf(classWeights, labels[i]) }, classCount);

    private static float WeightOf(IReadOnlyList<double>? classWeights, int label) => classWeights is null ? 1 : (float)classWeights[label];

    private static IDataView Create(MLContext context, float[][] rows, int columns, Func<int, FeatureRow> label, int classCount)
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, columns);
        if (classCount > 0)
        {
            schema[nameof(FeatureRow.Label)].ColumnType = new KeyDataViewType(typeof(uint), classCount);
        }

        var examples = new FeatureRow[rows.Length];
        for (var i = 0; i < examples.Length; i++)
        {
            examples[i] = label(i);
            examples[i].Features = rows[i];
        }

        return context.Data.LoadFromEnumerable(examples, schema);
    }
}
