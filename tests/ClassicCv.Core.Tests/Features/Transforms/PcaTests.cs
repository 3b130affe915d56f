using ClassicCv.Features;
using ClassicCv.Features.Transforms;

namespace ClassicCv.Core.Tests.Features.Transforms;

public sealed class PcaTests
{
    /// <summary>Points spread along (1, 1)/√2 (σ = 3) with little spread along (1, -1)/√2 (σ = 0.1), around (5, -2), plus a constant column.</summary>
    private static FeatureMatrix Diagonal(int rows, int seed)
    {
        var random = new Random(seed);
        var values = new float[rows * 3];
        for (var r = 0; r < rows; r++)
        {
            var along = 3 * Gaussian(random);
            var across = 0.1 * Gaussian(random);
            values[3 * r] = (float)(5 + ((along + across) / Math.Sqrt(2)));
            values[(3 * r) + 1] = (float)(-2 + ((along - across) / Math.Sqrt(2)));
            values[(3 * r) + 2] = 7;
        }

        return new FeatureMatrix(rows, 3, values);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    [Fact]
    public void Given_points_along_a_diagonal_When_fitting_one_component_Then_the_axis_is_the_diagonal()
    {
        var training = Diagonal(2000, 1);
        var fitted = (FittedPca)new Pca(1).Fit(training);
        var sampleMean = Enumerable.Range(0, 3).Select(c => Enumerable.Range(0, training.Rows).Average(r => (double)training.Row(r)[c])).ToArray();

        Assert.Equal(1, fitted.OutputColumns);
        Assert.Equal(1 / Math.Sqrt(2), fitted.Projection[0], 2);
        Assert.Equal(1 / Math.Sqrt(2), fitted.Projection[1], 2);
        Assert.Equal(0, fitted.Projection[2], 6);
        Assert.Equal(sampleMean[0], fitted.Mean[0], 4);
        Assert.Equal(sampleMean[1], fitted.Mean[1], 4);
        Assert.Equal(7, fitted.Mean[2], 5);
        Assert.True(fitted.ExplainedVariance > 0.99, $"explained {fitted.ExplainedVariance}");
    }

    [Fact]
    public void Given_a_kept_variance_fraction_When_fitting_Then_it_keeps_the_fewest_components_reaching_it()
    {
        var training = Diagonal(2000, 2);

        Assert.Equal(1, new Pca(0.99).Fit(training).OutputColumns);
        Assert.Equal(2, new Pca(0.99999).Fit(training).OutputColumns);
    }

    [Fact]
    public void Given_a_fitted_pca_When_projecting_other_rows_Then_it_uses_the_training_mean()
    {
        var fitted = new Pca(2).Fit(Diagonal(500, 3));
        var mean = (FittedPca)fitted;
        var atMean = new FeatureMatrix(1, 3, [mean.Mean[0], mean.Mean[1], 7]);
        var alongAxis = new FeatureMatrix(1, 3, [mean.Mean[0] + 1, mean.Mean[1] + 1, 7]);

        var origin = fitted.Apply(atMean);
        var moved = fitted.Apply(alongAxis);

        Assert.Equal(0, origin.Row(0)[0], 5);
        Assert.Equal(0, origin.Row(0)[1], 5);
        Assert.Equal(Math.Sqrt(2), moved.Row(0)[0], 2);
        Assert.Equal(0, moved.Row(0)[1], 2);
    }

    [Fact]
    public void Given_more_components_than_columns_When_fitting_Then_all_columns_are_kept()
    {
        Assert.Equal(3, new Pca(10).Fit(Diagonal(100, 4)).OutputColumns);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Given_a_bad_fraction_When_creating_Then_it_is_refused(double fraction)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Pca(fraction));
    }

    [Fact]
    public void Given_options_When_creating_Then_a_fixed_count_wins_and_out_of_range_values_name_the_option()
    {
        var fixedCount = new Pca(new PcaOptions { Components = 5 });
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Pca(new PcaOptions { Components = 0 }));

        Assert.Equal((5, (double?)null), (fixedCount.Components, fixedCount.KeptVariance));
        Assert.Equal((null, 0.95), (new Pca().Components, new Pca().KeptVariance));
        Assert.StartsWith("PcaOptions.Components is 0; expected a whole number from 1 to 100000.", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Pca(new PcaOptions { KeptVariance = 1.5 }));
    }

    [Fact]
    public void Given_one_training_row_When_fitting_Then_it_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new Pca(1).Fit(new FeatureMatrix(1, 2, [1, 2])));
    }
}
