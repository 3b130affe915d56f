using ClassicCv.Torch.Training;

namespace ClassicCv.Torch.Tests.Training;

public sealed class ValidationHoldOutTests
{
    [Fact]
    public void Given_grouped_training_items_When_holding_out_the_validation_part_Then_no_group_is_on_both_sides()
    {
        // 40 items of two classes in 10 groups of 4 (e.g. four photos of one object).
        var labels = Enumerable.Range(0, 40).Select(i => (long)(i % 2)).ToArray();
        var groups = Enumerable.Range(0, 40).Select(i => (string?)$"object-{i / 4}").ToArray();

        var (fit, validation) = ValidationHoldOut.Split(labels, 0.25, 7, "CNN", groups);

        Assert.NotEmpty(validation);
        Assert.Equal(40, fit.Length + validation.Length);
        Assert.Empty(fit.Select(i => groups[i]).Intersect(validation.Select(i => groups[i])));
    }

    [Fact]
    public void Given_no_groups_When_holding_out_Then_the_split_is_by_item_and_seeded()
    {
        var labels = Enumerable.Range(0, 40).Select(i => (long)(i % 2)).ToArray();

        var first = ValidationHoldOut.Split(labels, 0.25, 7, "CNN");
        var again = ValidationHoldOut.Split(labels, 0.25, 7, "CNN");

        Assert.Equal(10, first.Validation.Length);
        Assert.Equal(first.Validation, again.Validation);
    }
}
