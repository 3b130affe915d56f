using ClassicCv.Splitting;

namespace ClassicCv.Core.Tests.Splitting;

public sealed class PerClassCapTests
{
    [Fact]
    public void Given_a_cap_When_applied_Then_each_class_keeps_at_most_that_many_and_the_test_split_is_untouched()
    {
        var labels = Enumerable.Range(0, 100).Select(i => i < 70 ? 0 : 1).ToArray();
        var split = new DataSplit(Enumerable.Range(0, 90).ToArray(), Enumerable.Range(90, 10).ToArray(), "test");

        var capped = new PerClassCap(15, 7).Apply(split, labels);

        Assert.Equal(15, capped.Train.Count(i => labels[i] == 0));
        Assert.Equal(15, capped.Train.Count(i => labels[i] == 1));
        Assert.All(capped.Train, i => Assert.Contains(i, split.Train));
        Assert.Equal(split.Test, capped.Test);
        Assert.Contains("15 per class", capped.Description, StringComparison.Ordinal);
        Assert.Equal(capped.Train, new PerClassCap(15, 7).Apply(split, labels).Train);
    }
}
