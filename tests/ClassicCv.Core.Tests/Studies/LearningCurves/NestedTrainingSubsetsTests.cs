using ClassicCv.Splitting;
using ClassicCv.Studies.LearningCurves;

namespace ClassicCv.Core.Tests.Studies.LearningCurves;

public sealed class NestedTrainingSubsetsTests
{
    private static readonly int[] Labels = Enumerable.Range(0, 300).Select(i => i % 3 == 2 && i > 150 ? 0 : i % 3).ToArray();

    private static readonly DataSplit Split = new(Enumerable.Range(0, 240).ToArray(), Enumerable.Range(240, 60).ToArray(), "hold-out");

    [Fact]
    public void Given_growing_sizes_When_cutting_the_training_split_Then_each_subset_contains_the_smaller_ones_and_the_test_split_is_untouched()
    {
        TrainingSize[] sizes = [new(5, null), new(20, null), new(null, 0.5), new(60, null)];

        var subsets = sizes.Select(size => NestedTrainingSubsets.Apply(Split, Labels, size, 11)).ToArray();

        for (var i = 1; i < subsets.Length; i++)
        {
            Assert.Subset(subsets[i].Train.ToHashSet(), subsets[i - 1].Train.ToHashSet());
        }

        Assert.All(subsets, s => Assert.Equal(Split.Test, s.Test));
        Assert.Equal([5, 5, 5], Enumerable.Range(0, 3).Select(c => subsets[0].Train.Count(i => Labels[i] == c)));
        var perClass = Enumerable.Range(0, 3).Select(c => Split.Train.Count(i => Labels[i] == c)).ToArray();
        Assert.Equal(perClass.Select(n => (int)Math.Ceiling(n / 2.0)), Enumerable.Range(0, 3).Select(c => subsets[2].Train.Count(i => Labels[i] == c)));
        Assert.Equal(subsets[1].Train, NestedTrainingSubsets.Apply(Split, Labels, new TrainingSize(20, null), 11).Train);
        Assert.NotEqual(subsets[1].Train, NestedTrainingSubsets.Apply(Split, Labels, new TrainingSize(20, null), 12).Train);
        Assert.Same(Split, NestedTrainingSubsets.Apply(Split, Labels, TrainingSize.All, 11));
    }
}
