using ClassicCv.Features;
using ClassicCv.Learning;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ClassicCv.Benchmarks;

/// <summary>
/// Measurement only: ML.NET FastForest (binary) one-versus-all, the ML.NET alternative to OpenCV RTrees that the
/// classifier benchmark compares before <c>random-forest</c> was bound to RTrees.
/// </summary>
internal sealed class FastForestOvaLearner(int trees, int seed) : ILearner
{
    public string Name => "fastforest-ova";

    public IReadOnlyDictionary<string, string> Hyperparameters => new Dictionary<string, string> { ["trees"] = trees.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    public IClassifierModel Learn(FeatureMatrix features, IReadOnlyList<int> labels, int classCount)
    {
        var context = new MLContext(seed);
        var data = Load(context, features, labels);
        var pipeline = context.Transforms.Conversion.MapValueToKey("Label", "LabelValue")
            .Append(context.MulticlassClassification.Trainers.OneVersusAll(
                context.BinaryClassification.Trainers.FastForest(numberOfTrees: trees)))
            .Append(context.Transforms.Conversion.MapKeyToValue("PredictedLabelValue", "PredictedLabel"));
        var model = pipeline.Fit(data);
        return new Model(context, model, classCount);
    }

    private static IDataView Load(MLContext context, FeatureMatrix features, IReadOnlyList<int> labels)
    {
        var rows = Enumerable.Range(0, features.Rows).Select(r => new Row { LabelValue = (uint)labels[r], Features = features.Row(r).ToArray() }).ToArray();
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, features.Columns);
        return context.Data.LoadFromEnumerable(rows, schema);
    }

    private sealed class Row
    {
        public uint LabelValue { get; set; }

        public float[] Features { get; set; } = [];
    }

    private sealed class Output
    {
        [ColumnName("PredictedLabelValue")]
        public uint PredictedLabel { get; set; }
    }

    private sealed class Model(MLContext context, ITransformer model, int classCount) : IClassifierModel
    {
        public int ClassCount => classCount;

        public Predictions Predict(FeatureMatrix features)
        {
            var scored = model.Transform(Load(context, features, new int[features.Rows]));
            var predicted = context.Data.CreateEnumerable<Output>(scored, reuseRowObject: false).Select(o => (int)o.PredictedLabel).ToArray();
            return new Predictions(predicted, null, false);
        }

        public void Dispose()
        {
        }
    }
}
