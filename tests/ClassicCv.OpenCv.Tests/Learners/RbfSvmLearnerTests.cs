using ClassicCv.OpenCv.Learners;

namespace ClassicCv.OpenCv.Tests.Learners;

public sealed class RbfSvmLearnerTests
{
    [Fact]
    public void Given_three_separated_blobs_When_learning_Then_the_blob_centres_get_their_own_class()
    {
        var (features, labels) = SyntheticData.Blobs(seed: 1, classes: 3, perClass: 20, dims: 4, spacing: 5, noise: 0.5);
        using var model = new RbfSvmLearner(new() { C = 10, Gamma = null }).Learn(features, labels, 3);

        var centres = SyntheticData.Rows([0, 0, 0, 0], [5, 5, 5, 5], [10, 10, 10, 10]);
        var predictions = model.Predict(centres);

        Assert.Equal([0, 1, 2], predictions.Labels);
        Assert.NotNull(predictions.Scores);
        Assert.False(predictions.ScoresAreProbabilities);
        Assert.Equal(1.0, SyntheticData.Accuracy(labels, model.Predict(features).Labels));
    }

    [Fact]
    public void Given_xor_data_When_learning_Then_the_rbf_kernel_separates_what_no_line_can()
    {
        var (train, trainLabels) = SyntheticData.Xor(seed: 2, count: 400);
        var (test, testLabels) = SyntheticData.Xor(seed: 3, count: 200);
        using var model = new RbfSvmLearner(new() { C = 10, Gamma = 2 }).Learn(train, trainLabels, 2);

        Assert.True(SyntheticData.Accuracy(testLabels, model.Predict(test).Labels) > 0.9);
    }

    [Fact]
    public void Given_features_When_computing_the_scale_gamma_Then_it_is_one_over_columns_times_variance()
    {
        var features = SyntheticData.Rows([0, 2], [4, 2]);

        // mean 2, variance of {0, 2, 4, 2} = 2, two columns → 1 / 4.
        Assert.Equal(0.25, RbfSvmLearner.ScaleGamma(features), 12);
    }

    [Fact]
    public void Given_more_samples_than_the_threshold_When_learning_Then_it_warns_with_a_time_estimate()
    {
        var (features, labels) = SyntheticData.Blobs(seed: 4, classes: 2, perClass: (RbfSvmLearner.LargeTrainingSet / 2) + 1, dims: 1, spacing: 10, noise: 0.1);
        var warnings = new List<string>();
        using var model = new RbfSvmLearner(new() { C = 1, Gamma = null }, warnings.Add).Learn(features, labels, 2);

        var warning = Assert.Single(warnings);
        Assert.Contains("min", warning, StringComparison.Ordinal);
        Assert.Contains("--max-train-per-class", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    public void Given_a_non_positive_C_When_creating_Then_it_is_rejected(double c) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RbfSvmLearner(new() { C = c, Gamma = null }));

    [Fact]
    public void Given_overlapping_blobs_When_scoring_from_the_decision_functions_Then_the_labels_are_opencvs_and_the_top_score_is_the_label()
    {
        var (train, labels) = SyntheticData.Blobs(seed: 5, classes: 4, perClass: 40, dims: 3, spacing: 1.5, noise: 1.2);
        var (test, _) = SyntheticData.Blobs(seed: 6, classes: 4, perClass: 50, dims: 3, spacing: 1.5, noise: 1.2);
        using var model = (RbfSvmModel)new RbfSvmLearner(new() { C = 10, Gamma = null }).Learn(train, labels, 4);
        using var folder = new TestSupport.TempFolder();
        model.Save(folder.Path);
        using var native = OpenCvSharp.ML.SVM.Load(Directory.GetFiles(folder.Path, "*.yml.gz").Single());
        using var samples = new OpenCvSharp.Mat(test.Rows, test.Columns, OpenCvSharp.MatType.CV_32FC1);
        test.Values.CopyTo(samples.AsSpan<float>());
        using var results = new OpenCvSharp.Mat();
        native.Predict(samples, results);
        var opencv = results.AsSpan<float>().ToArray().Select(v => (int)MathF.Round(v)).ToArray();

        var predictions = model.Predict(test);

        Assert.Equal(opencv, predictions.Labels);
        for (var i = 0; i < test.Rows; i++)
        {
            var row = predictions.Scores!.AsSpan(i * 4, 4);
            Assert.Equal(predictions.Labels[i], System.Numerics.Tensors.TensorPrimitives.IndexOfMax(row));
        }
    }
}
