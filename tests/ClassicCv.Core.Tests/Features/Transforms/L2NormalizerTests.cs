using ClassicCv.Features;
using ClassicCv.Features.Transforms;

namespace ClassicCv.Core.Tests.Features.Transforms;

public sealed class L2NormalizerTests
{
    [Fact]
    public void Given_rows_When_normalising_Then_each_has_unit_length_and_zero_rows_stay_zero()
    {
        var features = new FeatureMatrix(3, 2, [3, 4, 0, 0, -1, 0]);

        var result = new L2Normalizer().Fit(features).Apply(features);

        Assert.Equal([0.6f, 0.8f, 0, 0, -1, 0], result.Values.ToArray());
        Assert.Equal(3f, features.Values[0]);
    }

    [Fact]
    public void Given_another_column_count_When_applying_Then_it_is_refused()
    {
        var fitted = new L2Normalizer().Fit(new FeatureMatrix(1, 2));

        Assert.Throws<ArgumentException>(() => fitted.Apply(new FeatureMatrix(1, 3)));
    }
}
