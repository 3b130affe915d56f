using ClassicCv.Experiments.CrossValidation;
using ClassicCv.Learning.Selection;

namespace ClassicCv.Core.Tests.Experiments.CrossValidation;

public sealed class CrossValidationProtocolTests
{
    // 23 items (dataset indices 10..32) of three classes of 11, 7 and 5.
    private static readonly int[] Items = Enumerable.Range(10, 23).ToArray();
    private static readonly int[] Labels = Enumerable.Range(0, 33).Select(i => i < 21 ? 0 : i < 28 ? 1 : 2).ToArray();

    [Fact]
    public void Given_three_repeats_of_five_folds_Then_every_item_is_tested_once_per_repeat_and_trains_in_the_other_folds()
    {
        var folds = new CrossValidationProtocol(5, 3, seed: 9).Splits(Items, Labels);

        Assert.Equal(15, folds.Count);
        foreach (var repeat in folds.GroupBy(f => f.Repeat))
        {
            Assert.Equal(Items, repeat.SelectMany(f => f.Split.Test).Order());
            Assert.All(repeat, f => Assert.Equal(Items, f.Split.Train.Concat(f.Split.Test).Order()));
            Assert.All(repeat, f => Assert.Empty(f.Split.Train.Intersect(f.Split.Test)));
        }
    }

    [Fact]
    public void Given_the_protocol_Then_its_folds_are_the_grid_searchs_stratified_k_fold_with_seed_plus_repeat()
    {
        var protocol = new CrossValidationProtocol(5, 2, seed: 9);
        var folds = protocol.Splits(Items, Labels);
        var itemLabels = Items.Select(i => Labels[i]).ToArray();

        for (var r = 0; r < 2; r++)
        {
            var expected = new KFold(new StratifiedIndexSampler(9 + r), 5).Split(itemLabels);
            Assert.Equal(expected.Select(f => f.Validation.Select(p => Items[p]).ToArray()), folds.Where(f => f.Repeat == r).Select(f => f.Split.Test.ToArray()));
        }

        Assert.NotEqual(folds[0].Split.Test, folds[5].Split.Test);
        Assert.Equal(folds.Select(f => f.Split.Test), new CrossValidationProtocol(5, 2, seed: 9).Splits(Items, Labels).Select(f => f.Split.Test));
    }

    [Fact]
    public void Given_stratified_folds_Then_each_fold_holds_each_class_in_proportion()
    {
        var folds = new CrossValidationProtocol(5, 1, seed: 1).Splits(Items, Labels);

        Assert.All(folds, f => Assert.Equal(1, f.Split.Test.Count(i => Labels[i] == 2)));
        Assert.All(folds, f => Assert.InRange(f.Split.Test.Count(i => Labels[i] == 0), 2, 3));
    }
}
