using ClassicCv.Learning.Weighting;

namespace ClassicCv.Core.Tests.Learning.Weighting;

public sealed class ClassWeightingTests
{
    [Fact]
    public void Given_balanced_Then_each_weight_is_n_samples_over_classes_present_times_class_count()
    {
        // 6 of class 0, 2 of class 1, none of class 2: 8 / (2 × 6) and 8 / (2 × 2), as scikit-learn's compute_class_weight.
        var weights = ClassWeighting.Balanced.Resolve([0, 0, 0, 0, 0, 0, 1, 1], classCount: 3);

        Assert.Equal([8.0 / 12, 2.0, 1.0], weights);
    }

    [Fact]
    public void Given_explicit_weights_Then_unlisted_classes_count_one_and_the_text_is_kept()
    {
        var weighting = ClassWeighting.Explicit([2.5], "cat:2.5");

        Assert.Equal([2.5, 1, 1], weighting.Resolve([0, 1, 2], classCount: 3));
        Assert.Equal("cat:2.5", weighting.Text);
        Assert.Equal("cat:0.6667;dog:2", ClassWeighting.Describe([2.0 / 3, 2], ["cat", "dog"]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClassWeighting.Explicit([1, 0]));
    }
}
