using ClassicCv.MlNet.Learners;

namespace ClassicCv.MlNet.Tests.Learners;

public sealed class LogisticRegressionLearnerTests
{
    [Fact]
    public void Given_separable_blobs_When_learning_Then_labels_are_right_and_scores_are_probabilities()
    {
        var (features, labels) = SyntheticData.Blobs(perClass: 30, classes: 4, spread: 10, seed: 1);

        using var model = new LogisticRegressionLearner(new() { C = 1, MaxIterations = 200, Seed = 42 }).Learn(features, labels, 4);
        var predictions = model.Predict(features);

        Assert.Equal(labels, predictions.Labels);
        Assert.True(predictions.ScoresAreProbabilities);
        for (var i = 0; i < labels.Length; i++)
        {
            var row = predictions.Scores!.AsSpan(i * 4, 4);
            Assert.Equal(1, row.ToArray().Sum(), 1e-5);
            Assert.True(predictions.TopScore(i, 4) > 0.5);
        }
    }

    [Fact]
    public void Given_overlapping_blobs_When_learning_Then_test_accuracy_beats_chance()
    {
        var (train, trainLabels) = SyntheticData.Blobs(200, 3, spread: 1.5, seed: 2);
        var (test, testLabels) = SyntheticData.Blobs(200, 3, spread: 1.5, seed: 3);

        using var model = new LogisticRegressionLearner(new() { C = 1, MaxIterations = 200, Seed = 42 }).Learn(train, trainLabels, 3);

        Assert.InRange(SyntheticData.Accuracy(model.Predict(test).Labels, testLabels), 0.6, 0.95);
    }

    [Fact]
    public void Given_a_non_positive_c_When_creating_Then_it_is_rejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new LogisticRegressionLearner(new() { C = 0, MaxIterations = 10, Seed = 1 }));
        Assert.Equal("LogisticRegressionOptions.C", error.ParamName);
    }
}
