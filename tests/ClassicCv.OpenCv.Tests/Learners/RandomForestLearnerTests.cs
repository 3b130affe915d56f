using ClassicCv.OpenCv.Learners;

namespace ClassicCv.OpenCv.Tests.Learners;

public sealed class RandomForestLearnerTests
{
    [Fact]
    public void Given_three_separated_blobs_When_learning_Then_the_centres_are_classified_unanimously()
    {
        var (features, labels) = SyntheticData.Blobs(seed: 5, classes: 3, perClass: 30, dims: 4, spacing: 5, noise: 0.5);
        using var model = new RandomForestLearner(new() { Trees = 20, MaxDepth = 10, FeaturesPerSplit = 0, MinSamplesSplit = 2, Seed = 1 }).Learn(features, labels, 3);

        var predictions = model.Predict(SyntheticData.Rows([0, 0, 0, 0], [5, 5, 5, 5], [10, 10, 10, 10]));

        Assert.Equal([0, 1, 2], predictions.Labels);
        Assert.True(predictions.ScoresAreProbabilities);
        Assert.Equal(1f, predictions.Scores![0], 5);
        Assert.Equal(1f, predictions.Scores[4], 5);
        Assert.Equal(1f, predictions.Scores[8], 5);
    }

    [Fact]
    public void Given_overlapping_classes_When_predicting_with_one_forest_Then_the_vote_winner_is_opencvs_own_label()
    {
        var (train, trainLabels) = SyntheticData.Blobs(seed: 6, classes: 3, perClass: 60, dims: 3, spacing: 1, noise: 1);
        var (test, _) = SyntheticData.Blobs(seed: 7, classes: 3, perClass: 30, dims: 3, spacing: 1, noise: 1);
        using var model = Assert.IsType<RandomForestModel>(new RandomForestLearner(new() { Trees = 25, MaxDepth = 8, FeaturesPerSplit = 2, MinSamplesSplit = 2, Seed = 1 }).Learn(train, trainLabels, 3));

        var predictions = model.Predict(test);

        Assert.Equal(model.NativeLabels(test), predictions.Labels);
        for (var r = 0; r < test.Rows; r++)
        {
            var row = predictions.Scores!.AsSpan(r * 3, 3);
            Assert.Equal(1f, row[0] + row[1] + row[2], 4);
        }
    }

    [Fact]
    public void Given_100_trees_When_learning_Then_they_are_split_into_parallel_forests_that_vote_together()
    {
        var (train, trainLabels) = SyntheticData.Blobs(seed: 6, classes: 3, perClass: 40, dims: 3, spacing: 1, noise: 1);
        using var model = Assert.IsType<RandomForestModel>(new RandomForestLearner(new() { Trees = 100, MaxDepth = 6, FeaturesPerSplit = 0, MinSamplesSplit = 2, Seed = 1 }).Learn(train, trainLabels, 3));

        var predictions = model.Predict(train);

        Assert.Equal(100, model.TreeCount);
        Assert.All(predictions.Scores!, s => Assert.Equal(0, (s * 100) - MathF.Round(s * 100), 3));
        Assert.True(SyntheticData.Accuracy(trainLabels, predictions.Labels) > 0.9);
    }

    [Fact]
    public void Given_the_same_data_twice_When_learning_Then_the_forests_predict_the_same()
    {
        var (features, labels) = SyntheticData.Blobs(seed: 8, classes: 2, perClass: 40, dims: 3, spacing: 1, noise: 1);
        using var first = new RandomForestLearner(new() { Trees = 15, MaxDepth = 6, FeaturesPerSplit = 0, MinSamplesSplit = 2, Seed = 3 }).Learn(features, labels, 2);
        using var second = new RandomForestLearner(new() { Trees = 15, MaxDepth = 6, FeaturesPerSplit = 0, MinSamplesSplit = 2, Seed = 3 }).Learn(features, labels, 2);

        Assert.Equal(first.Predict(features).Scores, second.Predict(features).Scores);
    }

    [Fact]
    public void Given_different_seeds_When_learning_Then_the_forests_differ()
    {
        var (features, labels) = SyntheticData.Blobs(seed: 8, classes: 2, perClass: 40, dims: 3, spacing: 1, noise: 1);
        using var first = new RandomForestLearner(new() { Trees = 15, MaxDepth = 6, FeaturesPerSplit = 0, MinSamplesSplit = 2, Seed = 3 }).Learn(features, labels, 2);
        using var second = new RandomForestLearner(new() { Trees = 15, MaxDepth = 6, FeaturesPerSplit = 0, MinSamplesSplit = 2, Seed = 4 }).Learn(features, labels, 2);

        Assert.NotEqual(first.Predict(features).Scores, second.Predict(features).Scores);
    }

    [Fact]
    public void Given_a_depth_above_opencvs_ceiling_When_creating_Then_it_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RandomForestLearner(new() { Trees = 10, MaxDepth = RandomForestLearner.MaxAllowedDepth + 1, FeaturesPerSplit = 0, MinSamplesSplit = 2, Seed = 1 }));
}
