using ClassicCv.Features;
using ClassicCv.MlNet.Learners;

namespace ClassicCv.MlNet.Tests.Learners;

public sealed class LinearSvmLearnerTests
{
    [Fact]
    public void Given_separable_blobs_When_learning_Then_every_training_point_is_classified_correctly()
    {
        var (features, labels) = SyntheticData.Blobs(perClass: 40, classes: 3, spread: 12, seed: 1);

        using var model = new LinearSvmLearner(new() { C = 1, MaxIterations = 100, Seed = 42 }).Learn(features, labels, 3);
        var predictions = model.Predict(features);

        Assert.Equal(labels, predictions.Labels);
        Assert.False(predictions.ScoresAreProbabilities);
        Assert.Equal(labels.Length * 3, predictions.Scores!.Length);
    }

    [Fact]
    public void Given_overlapping_blobs_When_learning_Then_accuracy_is_well_above_chance_but_not_perfect()
    {
        var (train, trainLabels) = SyntheticData.Blobs(200, 3, spread: 1.5, seed: 2);
        var (test, testLabels) = SyntheticData.Blobs(200, 3, spread: 1.5, seed: 3);

        using var model = new LinearSvmLearner(new() { C = 0.1, MaxIterations = 100, Seed = 42 }).Learn(train, trainLabels, 3);
        var accuracy = SyntheticData.Accuracy(model.Predict(test).Labels, testLabels);

        Assert.InRange(accuracy, 0.6, 0.95);
    }

    [Fact]
    public void Given_the_same_seed_When_learning_twice_Then_the_weights_are_identical()
    {
        var (features, labels) = SyntheticData.Blobs(50, 4, spread: 2, seed: 4);

        var first = (LinearModel)new LinearSvmLearner(new() { C = 0.5, MaxIterations = 50, Seed = 7 }).Learn(features, labels, 4);
        var second = (LinearModel)new LinearSvmLearner(new() { C = 0.5, MaxIterations = 50, Seed = 7 }).Learn(features, labels, 4);

        Assert.Equal(first.Weights, second.Weights);
        Assert.Equal(first.Biases, second.Biases);
    }

    [Fact]
    public void Given_a_class_absent_from_training_When_predicting_Then_it_is_never_chosen()
    {
        var (features, labels) = SyntheticData.Blobs(30, 2, spread: 6, seed: 5);

        using var model = new LinearSvmLearner(new() { C = 1, MaxIterations = 50, Seed = 1 }).Learn(features, labels, classCount: 3);

        Assert.DoesNotContain(2, model.Predict(features).Labels);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Given_a_non_positive_c_When_creating_Then_it_is_rejected_with_the_value(double c)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new LinearSvmLearner(new() { C = c, MaxIterations = 10, Seed = 1 }));
        Assert.Equal("LinearSvmOptions.C", error.ParamName);
        Assert.Contains("expected a finite number > 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_model_When_predicting_rows_of_another_width_Then_the_error_gives_both()
    {
        var (features, labels) = SyntheticData.Blobs(10, 2, 5, 6);
        using var model = new LinearSvmLearner(new() { C = 1, MaxIterations = 10, Seed = 1 }).Learn(features, labels, 2);

        var error = Assert.Throws<ArgumentException>(() => model.Predict(new FeatureMatrix(1, 3)));

        Assert.Contains("expects 2 features, received 3", error.Message, StringComparison.Ordinal);
    }
}
