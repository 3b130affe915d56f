using ClassicCv.Learning;
using ClassicCv.OpenCv.Learners;
using ClassicCv.OpenCv.Tests.Learners;
using ClassicCv.OpenCv.Transforms;

namespace ClassicCv.OpenCv.Tests.Transforms;

public sealed class RandomFourierFeaturesTests
{
    [Fact]
    public void Given_many_components_When_transforming_two_points_Then_their_dot_product_approximates_the_rbf_kernel()
    {
        var points = SyntheticData.Rows([0f, 0f, 0f], [0.5f, -0.3f, 0.2f]);
        var fitted = new RandomFourierFeatures(new() { Components = 20_000, Gamma = 1.0, Seed = 3 }).Fit(points);

        var z = fitted.Apply(points);

        var dot = 0.0;
        for (var c = 0; c < z.Columns; c++)
        {
            dot += z.Row(0)[c] * z.Row(1)[c];
        }

        // exp(−1 · (0.25 + 0.09 + 0.04)) = 0.6839; the Monte-Carlo error with D = 20,000 is ~0.01.
        Assert.Equal(Math.Exp(-0.38), dot, 0.03);
    }

    [Fact]
    public void Given_xor_data_When_learning_an_approximate_kernel_model_Then_it_separates_it()
    {
        var (train, trainLabels) = SyntheticData.Xor(seed: 12, count: 400);
        var (test, testLabels) = SyntheticData.Xor(seed: 13, count: 200);
        var learner = new TransformingLearner("rff-knn", new RandomFourierFeatures(new() { Components = 300, Gamma = 2.0, Seed = 5 }), new KnnLearner(new() { K = 5, Distance = KnnDistance.Euclidean }));

        using var model = learner.Learn(train, trainLabels, 2);

        Assert.True(SyntheticData.Accuracy(testLabels, model.Predict(test).Labels) > 0.9);
    }
}
