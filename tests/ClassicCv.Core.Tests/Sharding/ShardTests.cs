using ClassicCv.Errors;
using ClassicCv.Sharding;

namespace ClassicCv.Core.Tests.Sharding;

public sealed class ShardTests
{
    public static TheoryData<int, int> AwkwardSplits => new()
    {
        { 10, 1 },
        { 10, 3 },
        { 10, 4 },
        { 3, 8 },
        { 0, 4 },
        { 1, 1 },
        { 99_999, 7 },
        { 5, 5 },
    };

    [Theory]
    [MemberData(nameof(AwkwardSplits))]
    public void Given_any_item_and_shard_counts_When_every_shard_takes_its_range_Then_each_item_is_taken_exactly_once_in_order(int items, int shards)
    {
        var ranges = Enumerable.Range(0, shards).Select(i => new Shard(i, shards).RangeOf(items)).ToArray();

        var taken = ranges.SelectMany(range => Enumerable.Range(range.Start, range.Length)).ToArray();
        Assert.Equal(Enumerable.Range(0, items), taken);
        Assert.True(ranges.Max(r => r.Length) - ranges.Min(r => r.Length) <= 1);
        Assert.Equal(items, ranges[^1].End);
    }

    [Fact]
    public void Given_more_shards_than_items_When_taking_ranges_Then_the_last_shards_are_empty_but_valid()
    {
        var ranges = Enumerable.Range(0, 5).Select(i => new Shard(i, 5).RangeOf(2)).ToArray();

        Assert.Equal([1, 1, 0, 0, 0], ranges.Select(r => r.Length));
        Assert.Equal(2, ranges[4].Start);
    }

    [Theory]
    [InlineData("0/4", 0, 4, "part-00000-of-00004.parquet")]
    [InlineData("3/4", 3, 4, "part-00003-of-00004.parquet")]
    [InlineData("12/1000", 12, 1000, "part-00012-of-01000.parquet")]
    public void Given_I_over_N_When_parsing_Then_the_shard_and_its_part_name_follow(string text, int index, int count, string part)
    {
        var shard = Shard.Parse(text, "--shard");

        Assert.Equal(new Shard(index, count), shard);
        Assert.Equal(part, shard.PartFileName);
        Assert.Equal(text, shard.ToString());
    }

    [Theory]
    [InlineData("4/4")]
    [InlineData("-1/4")]
    [InlineData("1/0")]
    [InlineData("1")]
    [InlineData("a/b")]
    [InlineData("1/2/3")]
    [InlineData("0/100000")]
    public void Given_a_malformed_or_out_of_range_shard_When_parsing_Then_the_message_names_the_value(string text)
    {
        var error = Assert.Throws<UserInputException>(() => Shard.Parse(text, "--shard"));

        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
    }
}
