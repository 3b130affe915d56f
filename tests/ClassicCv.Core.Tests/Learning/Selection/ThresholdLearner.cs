using System.Globalization;
using ClassicCv.Features;
using ClassicCv.Learning;

namespace ClassicCv.Core.Tests.Learning.Selection;

/// <summary>A test learner with one hyperparameter: predicts class 1 when the first feature exceeds the threshold.</summary>
internal sealed class ThresholdLearner(float threshold, List<string> disposed) : ILearner
{
    public string Name => "threshold";

    public IReadOnlyDictionary<string, string> Hyperparameters => new Dictionary<string, string>
    {
        ["t"] = threshold.ToString(CultureInfo.InvariantCulture),
        ["kind"] = "test",
    };

    public IClassifierModel Learn(FeatureMatrix features, IReadOnlyList<int> labels, int classCount) =>
        new Model(threshold, disposed);

    private sealed class Model(float threshold, List<string> disposed) : IClassifierModel
    {
        public int ClassCount => 2;

        public Predictions Predict(FeatureMatrix features) =>
            new(Enumerable.Range(0, features.Rows).Select(r => features.Row(r)[0] > threshold ? 1 : 0).ToArray(), null, false);

        public void Dispose()
        {
            lock (disposed)
            {
                disposed.Add(threshold.ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}
