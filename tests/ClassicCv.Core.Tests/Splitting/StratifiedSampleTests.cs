using ClassicCv.Splitting;

namespace ClassicCv.Core.Tests.Splitting;

public sealed class StratifiedSampleTests
{
    [Fact]
    public void Given_unequal_classes_When_sampling_Then_each_keeps_its_share_and_the_seed_fixes_the_choice()
    {
        var labels = Enumerable.Repeat(0, 60).Concat(Enumerable.Repeat(1, 30)).Concat(Enumerable.Repeat(2, 10)).ToArray();

        var sample = StratifiedSample.Positions(labels, 20, 5);

        Assert.Equal(20, sample.Length);
        Assert.Equal([12, 6, 2], Enumerable.Range(0, 3).Select(c => sample.Count(p => labels[p] == c)));
        Assert.Equal(sample, StratifiedSample.Positions(labels, 20, 5));
        Assert.NotEqual(sample, StratifiedSample.Positions(labels, 20, 6));
        Assert.Equal(sample.Order(), sample);
    }

    [Fact]
    public void Given_fewer_candidates_than_the_cap_When_sampling_Then_all_are_kept()
    {
        Assert.Equal([0, 1, 2], StratifiedSample.Positions([1, 0, 1], 10, 1));
    }
}
