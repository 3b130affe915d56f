using ClassicCv.Features;
using ClassicCv.MlNet.Learners;

namespace ClassicCv.MlNet.Tests.Learners;

public sealed class SquaredHingeObjectiveTests
{
    [Fact]
    public void Given_a_hand_worked_case_When_evaluating_Then_the_value_and_gradient_are_the_formulas()
    {
        // Two rows, one feature, two classes; w = (0.5, −1), b = (0, 0.25), C = 2.
        // Row x=2 of class 0: s = (1, −1.75): slack 0 for class 0 (y·s = 1), 1 − 1.75 < 0 for class 1 → no loss.
        // Row x=−1 of class 1: s = (−0.5, 1.25): class 0 y=−1 → slack 1 − 0.5 = 0.5; class 1 y=+1 → slack 1 − 1.25 < 0.
        var features = new FeatureMatrix(2, 1, [2f, -1f]);
        var objective = new SquaredHingeObjective(features, [0, 1], classCount: 2, c: 2, classWeights: null);
        var gradient = new double[objective.ParameterCount];

        var value = objective.Evaluate([0.5, -1, 0, 0.25], gradient);

        // ½(0.25 + 1) + 2 · 0.5² = 1.125.
        Assert.Equal(1.125, value, 6);
        // ∂w0 = 0.5 − 2C · slack · y · x = 0.5 − 4 · 0.5 · (−1) · (−1) = −1.5; ∂w1 = −1; ∂b0 = −4 · 0.5 · (−1) = 2; ∂b1 = 0.
        Assert.Equal([-1.5, -1, 2, 0], gradient.Select(g => Math.Round(g, 6)));
    }

    [Fact]
    public void Given_random_parameters_When_evaluating_Then_the_gradient_matches_central_differences()
    {
        var (features, labels) = SyntheticData.Blobs(perClass: 30, classes: 3, spread: 2, seed: 11);
        var weights = new[] { 0.5, 2.0, 1.0 };
        var objective = new SquaredHingeObjective(features, labels, 3, c: 0.7, classWeights: weights);
        var random = new Random(5);
        var point = Enumerable.Range(0, objective.ParameterCount).Select(_ => random.NextDouble() - 0.5).ToArray();
        var gradient = new double[point.Length];
        objective.Evaluate(point, gradient);

        const double h = 1e-3;
        for (var j = 0; j < point.Length; j++)
        {
            var plus = (double[])point.Clone();
            var minus = (double[])point.Clone();
            plus[j] += h;
            minus[j] -= h;
            var numeric = (objective.Evaluate(plus, new double[point.Length]) - objective.Evaluate(minus, new double[point.Length])) / (2 * h);
            Assert.True(Math.Abs(numeric - gradient[j]) <= 1e-2 * Math.Max(1, Math.Abs(numeric)), $"parameter {j}: analytic {gradient[j]}, numeric {numeric}");
        }
    }

    [Fact]
    public void Given_more_rows_than_one_block_When_evaluating_Then_every_row_counts_once()
    {
        // 2,500 rows = two full blocks and a partial one; at zero every slack is 1, so the value is C · n · K.
        var rows = (2 * SquaredHingeObjective.BlockRows) + 452;
        var features = new FeatureMatrix(rows, 3, Enumerable.Range(0, rows * 3).Select(i => (float)(i % 7)).ToArray());
        var labels = Enumerable.Range(0, rows).Select(i => i % 2).ToArray();
        var objective = new SquaredHingeObjective(features, labels, 2, c: 0.5, classWeights: null);
        var gradient = new double[objective.ParameterCount];

        var value = objective.Evaluate(new double[objective.ParameterCount], gradient);

        Assert.Equal(0.5 * rows * 2, value, 6);
        // ∂b_k = −2C Σ_i y_ik, and half the rows are of each class.
        Assert.Equal(0, gradient[^1], 6);
        Assert.Equal(0, gradient[^2], 6);
    }

    [Fact]
    public void Given_wide_random_rows_When_evaluating_Then_value_and_gradient_equal_the_sums_written_out()
    {
        const int rows = 70, columns = 1100, classes = 3;
        var random = new Random(3);
        var values = Enumerable.Range(0, rows * columns).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var labels = Enumerable.Range(0, rows).Select(i => i % classes).ToArray();
        var point = Enumerable.Range(0, (classes * columns) + classes).Select(_ => (random.NextDouble() - 0.5) / 10).ToArray();
        var objective = new SquaredHingeObjective(new FeatureMatrix(rows, columns, values), labels, classes, c: 0.3, classWeights: null);
        var gradient = new double[point.Length];

        var value = objective.Evaluate(point, gradient);

        var expected = 0.5 * point.Take(classes * columns).Sum(w => w * w);
        var expectedGradient = point.Select((w, j) => j < classes * columns ? w : 0).ToArray();
        for (var i = 0; i < rows; i++)
        {
            for (var k = 0; k < classes; k++)
            {
                var score = point[(classes * columns) + k];
                for (var j = 0; j < columns; j++)
                {
                    score += point[(k * columns) + j] * values[(i * columns) + j];
                }

                var y = labels[i] == k ? 1 : -1;
                var slack = Math.Max(0, 1 - (y * score));
                expected += 0.3 * slack * slack;
                for (var j = 0; j < columns; j++)
                {
                    expectedGradient[(k * columns) + j] -= 2 * 0.3 * slack * y * values[(i * columns) + j];
                }

                expectedGradient[(classes * columns) + k] -= 2 * 0.3 * slack * y;
            }
        }

        Assert.Equal(expected, value, 1e-3 * expected);
        Assert.Equal(expectedGradient, gradient, (a, b) => Math.Abs(a - b) <= 1e-4 * Math.Max(1, Math.Abs(a)));
    }

    [Fact]
    public void Given_class_weights_When_evaluating_at_zero_Then_each_row_counts_with_its_class_weight()
    {
        var features = new FeatureMatrix(3, 1, [1f, 2f, 3f]);
        var objective = new SquaredHingeObjective(features, [0, 1, 1], 2, c: 1, classWeights: [3.0, 0.5]);

        var value = objective.Evaluate(new double[objective.ParameterCount], new double[objective.ParameterCount]);

        // Every slack is 1 for both classes: 3 · 2 + 0.5 · 2 + 0.5 · 2.
        Assert.Equal(8, value, 6);
    }
}
