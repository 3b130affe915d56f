using ClassicCv.Features;
using ClassicCv.MlNet.Calibration;
using ClassicCv.MlNet.Learners;

namespace ClassicCv.MlNet.Tests.Calibration;

public sealed class CalibratedLearnerTests
{
    private static (FeatureMatrix Features, int[] Labels) Overlapping(int seed, int perClass)
    {
        var random = new Random(seed);
        var features = new FeatureMatrix(perClass * 3, 2);
        var labels = new int[perClass * 3];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = i % 3;
            features.Row(i)[0] = (float)(labels[i] + (random.NextDouble() * 2.4) - 1.2);
            features.Row(i)[1] = (float)((random.NextDouble() * 2) - 1);
        }

        return (features, labels);
    }

    [Fact]
    public void Given_a_linear_svm_When_calibrating_Then_every_training_row_is_scored_once_by_a_model_that_did_not_see_it_and_rows_sum_to_one()
    {
        var (features, labels) = Overlapping(1, 60);
        var scored = new List<int>();
        var learner = new CalibratedLearner(new LinearSvmLearner(new() { C = 0.1, MaxIterations = 50, Seed = 1 }), CalibrationMethod.Platt, 3, 1) { HeldOutScored = rows => { lock (scored) { scored.AddRange(rows); } } };

        using var model = (CalibratedModel)learner.Learn(features, labels, 3);
        var predictions = model.Predict(features);

        Assert.Equal(Enumerable.Range(0, labels.Length), scored.Order());
        Assert.True(predictions.ScoresAreProbabilities);
        Assert.Equal("platt", predictions.CalibrationMethod);
        Assert.Equal(predictions.Uncalibrated!.Labels, predictions.Labels);
        for (var i = 0; i < labels.Length; i++)
        {
            Assert.Equal(1, predictions.Scores!.AsSpan(i * 3, 3).ToArray().Sum(), 5);
        }

        Assert.Equal("3", learner.Hyperparameters["calibration_folds"]);
    }

    [Fact]
    public void Given_a_calibrated_model_When_saving_and_loading_Then_it_predicts_the_same_probabilities()
    {
        var (features, labels) = Overlapping(2, 30);
        using var model = (CalibratedModel)new CalibratedLearner(new LinearSvmLearner(new() { C = 0.1, MaxIterations = 50, Seed = 2 }), CalibrationMethod.Isotonic, 2, 2).Learn(features, labels, 3);
        var folder = Directory.CreateTempSubdirectory("classiccv-calibrated-").FullName;
        try
        {
            model.Save(folder);
            using var loaded = CalibratedModel.Load(folder, LinearModel.Load);

            Assert.Equal("calibrated+linear", model.Kind);
            Assert.Equal(model.Predict(features).Scores, loaded.Predict(features).Scores);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
