using ClassicCv.Evaluation;

namespace ClassicCv.Core.Tests.Evaluation;

public sealed class ScoreMetricsTests
{
    private static readonly int[] Truth = [0, 1, 2];

    private static readonly float[] Probabilities =
    [
        0.7f, 0.2f, 0.1f,
        0.5f, 0.3f, 0.2f,
        0.2f, 0.2f, 0.6f,
    ];

    [Theory]
    [InlineData(1, 2.0 / 3)]
    [InlineData(2, 1.0)]
    [InlineData(3, 1.0)]
    public void Given_scores_When_computing_top_k_accuracy_Then_it_counts_true_classes_among_the_k_best(int k, double expected)
    {
        Assert.Equal(expected, ScoreMetrics.TopKAccuracy(Truth, Probabilities, 3, k), 1e-12);
    }

    [Fact]
    public void Given_probabilities_When_computing_log_loss_Then_it_is_the_mean_negative_log_of_the_true_class()
    {
        var expected = -(Math.Log(0.7) + Math.Log(0.3) + Math.Log(0.6)) / 3;

        Assert.Equal(expected, ScoreMetrics.LogLoss(Truth, Probabilities, 3), 1e-6);
    }

    [Fact]
    public void Given_a_zero_probability_for_the_true_class_When_computing_log_loss_Then_it_is_clipped_and_finite()
    {
        var loss = ScoreMetrics.LogLoss([1], [1f, 0f], 2);

        Assert.Equal(-Math.Log(ScoreMetrics.Epsilon), loss, 1e-9);
    }

    [Fact]
    public void Given_scores_of_the_wrong_length_When_computing_Then_the_message_names_the_counts()
    {
        var error = Assert.Throws<ArgumentException>(() => ScoreMetrics.TopKAccuracy(Truth, [1f, 2f], 3, 1));

        Assert.Contains("expected 9", error.Message, StringComparison.Ordinal);
    }
}
