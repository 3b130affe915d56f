using ClassicCv.Learning.Selection;

namespace ClassicCv.Core.Tests.Learning.Selection;

public sealed class KFoldTests
{
    private static int[] Labels() =>
        Enumerable.Range(0, 60).Select(i => 0).Concat(Enumerable.Range(0, 30).Select(i => 1)).Concat(Enumerable.Range(0, 15).Select(i => 2)).ToArray();

    [Fact]
    public void Given_unbalanced_classes_When_splitting_with_a_stratified_sampler_Then_every_fold_keeps_the_proportions()
    {
        var labels = Labels();
        var folds = new KFold(new StratifiedIndexSampler(3), 5).Split(labels);

        Assert.Equal(5, folds.Count);
        foreach (var fold in folds)
        {
            Assert.Equal(12, fold.Validation.Count(i => labels[i] == 0));
            Assert.Equal(6, fold.Validation.Count(i => labels[i] == 1));
            Assert.Equal(3, fold.Validation.Count(i => labels[i] == 2));
            Assert.Equal(labels.Length, fold.Train.Length + fold.Validation.Length);
            Assert.Empty(fold.Train.Intersect(fold.Validation));
        }
    }

    [Fact]
    public void Given_folds_When_joining_their_validation_sets_Then_every_example_is_validated_exactly_once()
    {
        var labels = Labels();
        var folds = new KFold(new StratifiedIndexSampler(4), 4).Split(labels);

        var validated = folds.SelectMany(f => f.Validation).Order().ToArray();
        Assert.Equal(Enumerable.Range(0, labels.Length), validated);
    }

    [Fact]
    public void Given_the_same_seed_When_splitting_twice_Then_the_folds_are_equal()
    {
        var first = new KFold(new StratifiedIndexSampler(5), 3).Split(Labels());
        var second = new KFold(new StratifiedIndexSampler(5), 3).Split(Labels());

        Assert.Equal(first.Select(f => f.Validation), second.Select(f => f.Validation));
    }

    [Fact]
    public void Given_one_fold_When_creating_Then_it_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new KFold(new StratifiedIndexSampler(1), 1));
}
