using ClassicCv.OpenCv.Learners;

namespace ClassicCv.OpenCv.Tests.Learners;

public sealed class KnnLearnerTests
{
    [Fact]
    public void Given_k_1_When_predicting_the_training_points_Then_each_gets_its_own_label()
    {
        var (features, labels) = SyntheticData.Blobs(seed: 9, classes: 3, perClass: 10, dims: 2, spacing: 1, noise: 1);
        using var model = new KnnLearner(new() { K = 1, Distance = KnnDistance.Euclidean }).Learn(features, labels, 3);

        Assert.Equal(labels, model.Predict(features).Labels);
    }

    [Fact]
    public void Given_k_3_When_two_of_three_neighbours_are_class_1_Then_the_scores_are_the_vote_fractions()
    {
        var features = SyntheticData.Rows([0f], [1f], [1.2f], [10f]);
        using var model = new KnnLearner(new() { K = 3, Distance = KnnDistance.Euclidean }).Learn(features, [0, 1, 1, 0], 2);

        var predictions = model.Predict(SyntheticData.Rows([0.9f]));

        Assert.Equal(1, predictions.Labels[0]);
        Assert.Equal(1f / 3, predictions.Scores![0], 5);
        Assert.Equal(2f / 3, predictions.Scores[1], 5);
    }

    [Fact]
    public void Given_cosine_distance_When_points_differ_only_in_length_Then_direction_decides()
    {
        var features = SyntheticData.Rows([1f, 0f], [0f, 1f]);
        using var euclidean = new KnnLearner(new() { K = 1, Distance = KnnDistance.Euclidean }).Learn(features, [0, 1], 2);
        using var cosine = new KnnLearner(new() { K = 1, Distance = KnnDistance.Cosine }).Learn(features, [0, 1], 2);
        var query = SyntheticData.Rows([0.1f, 3f]);

        Assert.Equal(1, euclidean.Predict(query).Labels[0]);
        Assert.Equal(1, cosine.Predict(query).Labels[0]);
        Assert.Equal(0, cosine.Predict(SyntheticData.Rows([9f, 1f])).Labels[0]);
        Assert.Equal(1, euclidean.Predict(SyntheticData.Rows([0.4f, 1f])).Labels[0]);
        Assert.Equal(0, cosine.Predict(SyntheticData.Rows([0.3f, 0.29f])).Labels[0]);
    }

    [Fact]
    public void Given_k_below_1_When_creating_Then_it_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new KnnLearner(new() { K = 0, Distance = KnnDistance.Euclidean }));
}
