using ClassicCv.Features;
using ClassicCv.Features.Transforms;

namespace ClassicCv.Core.Tests.Features.Transforms;

public sealed class StandardizerTests
{
    [Fact]
    public void Given_training_rows_When_fitting_Then_columns_get_zero_mean_and_unit_variance()
    {
        var training = new FeatureMatrix(4, 2, [1, 5, 2, 5, 3, 5, 4, 5]);

        var fitted = new Standardizer().Fit(training);
        var result = fitted.Apply(training);

        var first = Enumerable.Range(0, 4).Select(r => (double)result.Row(r)[0]).ToArray();
        Assert.Equal(0, first.Average(), 1e-6);
        Assert.Equal(1, Math.Sqrt(first.Select(v => v * v).Average()), 1e-6);
        Assert.All(Enumerable.Range(0, 4), r => Assert.Equal(0, result.Row(r)[1]));
    }

    [Fact]
    public void Given_test_rows_When_applying_Then_the_training_statistics_are_used_and_the_input_is_untouched()
    {
        var fitted = new Standardizer().Fit(new FeatureMatrix(2, 1, [0, 2]));
        var test = new FeatureMatrix(1, 1, [3]);

        var result = fitted.Apply(test);

        Assert.Equal(2, result.Row(0)[0], 1e-6);
        Assert.Equal(3, test.Row(0)[0]);
    }

    [Fact]
    public void Given_a_different_width_When_applying_Then_the_error_gives_both_widths()
    {
        var fitted = new Standardizer().Fit(new FeatureMatrix(2, 2));

        var error = Assert.Throws<ArgumentException>(() => fitted.Apply(new FeatureMatrix(1, 3)));

        Assert.Contains("Expected 2 columns, received 3", error.Message, StringComparison.Ordinal);
    }
}
