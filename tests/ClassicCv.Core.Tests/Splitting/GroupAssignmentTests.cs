using ClassicCv.Learning.Selection;
using ClassicCv.Splitting;

namespace ClassicCv.Core.Tests.Splitting;

public sealed class GroupAssignmentTests
{
    /// <summary>120 items in 30 groups of 2 to 6 items; three classes, each group mostly one class.</summary>
    private static (int[] Labels, string?[] Groups) Data()
    {
        var random = new Random(9);
        var labels = new List<int>();
        var groups = new List<string?>();
        for (var g = 0; labels.Count < 120; g++)
        {
            var size = random.Next(2, 7);
            for (var i = 0; i < size && labels.Count < 120; i++)
            {
                labels.Add(i == 0 ? random.Next(3) : g % 3);
                groups.Add($"g{g}");
            }
        }

        groups[0] = null;
        return (labels.ToArray(), groups.ToArray());
    }

    [Fact]
    public void Given_groups_When_holding_out_Then_no_group_is_on_both_sides_and_the_test_share_is_close_to_the_fraction()
    {
        var (labels, groups) = Data();

        var split = new StratifiedHoldOut(0.25, 42).Split(labels, groups);

        var trainGroups = split.Train.Select(i => groups[i]).OfType<string>().ToHashSet();
        Assert.DoesNotContain(split.Test, i => groups[i] is { } group && trainGroups.Contains(group));
        Assert.Equal(Enumerable.Range(0, labels.Length), split.Train.Concat(split.Test).Order());
        Assert.InRange(split.Test.Count, 24, 36);
        Assert.All(Enumerable.Range(0, 3), c => Assert.Contains(split.Test, i => labels[i] == c));
        Assert.StartsWith("stratified group hold-out (", split.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_groups_When_cutting_folds_Then_every_group_is_in_one_validation_fold_and_every_item_in_exactly_one()
    {
        var (labels, groups) = Data();

        var folds = new KFold(new StratifiedIndexSampler(4), 5).Split(labels, groups);

        Assert.Equal(5, folds.Count);
        Assert.Equal(Enumerable.Range(0, labels.Length), folds.SelectMany(f => f.Validation).Order());
        foreach (var fold in folds)
        {
            Assert.NotEmpty(fold.Validation);
            var held = fold.Validation.Select(i => groups[i]).OfType<string>().ToHashSet();
            Assert.DoesNotContain(fold.Train, i => groups[i] is { } group && held.Contains(group));
            Assert.Equal(labels.Length, fold.Train.Length + fold.Validation.Length);
        }

        var again = new KFold(new StratifiedIndexSampler(4), 5).Split(labels, groups);
        Assert.Equal(folds.Select(f => f.Validation), again.Select(f => f.Validation));
    }

    [Fact]
    public void Given_fewer_groups_than_folds_When_cutting_folds_Then_it_says_how_many_groups_there_are()
    {
        var labels = new[] { 0, 1, 0, 1, 0, 1 };
        var groups = new string?[] { "x", "x", "y", "y", "z", "z" };

        var error = Assert.Throws<Errors.UserInputException>(() => new KFold(new StratifiedIndexSampler(1), 4).Split(labels, groups));

        Assert.Contains("only 3 groups", error.Message, StringComparison.Ordinal);
    }
}
