using ClassicCv.Splitting;

namespace ClassicCv.Core.Tests.Splitting;

public sealed class StratifiedHoldOutTests
{
    private static readonly int[] Labels = Enumerable.Range(0, 100).Select(i => i < 50 ? 0 : i < 80 ? 1 : 2).ToArray();

    [Fact]
    public void Given_imbalanced_classes_When_splitting_Then_each_class_keeps_its_proportion()
    {
        var split = new StratifiedHoldOut(0.2, seed: 42).Split(Labels);

        Assert.Equal(20, split.Test.Count);
        Assert.Equal(80, split.Train.Count);
        Assert.Equal([10, 6, 4], Enumerable.Range(0, 3).Select(c => split.Test.Count(i => Labels[i] == c)));
        Assert.Empty(split.Train.Intersect(split.Test));
        Assert.Equal(Enumerable.Range(0, 100), split.Train.Concat(split.Test).Order());
    }

    [Fact]
    public void Given_the_same_seed_When_splitting_twice_Then_the_splits_are_identical_and_another_seed_differs()
    {
        var first = new StratifiedHoldOut(0.3, 7).Split(Labels);
        var second = new StratifiedHoldOut(0.3, 7).Split(Labels);
        var other = new StratifiedHoldOut(0.3, 8).Split(Labels);

        Assert.Equal(first.Test, second.Test);
        Assert.NotEqual(first.Test, other.Test);
        Assert.Contains("seed 7", first.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_class_of_two_When_splitting_Then_one_image_is_trained_on_and_one_tested()
    {
        var split = new StratifiedHoldOut(0.9, 1).Split([0, 0, 1, 1, 1, 1, 1]);

        Assert.Single(split.Train, i => i < 2);
        Assert.Single(split.Test, i => i < 2);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Given_a_fraction_outside_0_and_1_When_creating_Then_it_is_rejected(double fraction)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new StratifiedHoldOut(fraction, 1));
        Assert.Equal("testFraction", error.ParamName);
    }

    [Fact]
    public void Given_excluded_items_When_removing_them_Then_both_parts_lose_them()
    {
        var split = new DataSplit([0, 1, 2], [3, 4], "x").Without(new HashSet<int> { 1, 4 });

        Assert.Equal([0, 2], split.Train);
        Assert.Equal([3], split.Test);
    }
}
