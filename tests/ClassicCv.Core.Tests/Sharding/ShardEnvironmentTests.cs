using ClassicCv.Errors;
using ClassicCv.Sharding;

namespace ClassicCv.Core.Tests.Sharding;

public sealed class ShardEnvironmentTests
{
    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Given_a_slurm_array_task_When_resolving_Then_its_id_and_count_are_the_shard()
    {
        var shard = ShardEnvironment.Resolve(null, null, Environment(("SLURM_ARRAY_TASK_ID", "2"), ("SLURM_ARRAY_TASK_COUNT", "4")));

        Assert.Equal(new Shard(2, 4), shard);
    }

    [Fact]
    public void Given_a_slurm_array_numbered_from_one_When_resolving_Then_the_index_counts_from_its_minimum()
    {
        var shard = ShardEnvironment.Resolve(null, null, Environment(("SLURM_ARRAY_TASK_ID", "4"), ("SLURM_ARRAY_TASK_MIN", "1"), ("SLURM_ARRAY_TASK_COUNT", "4")));

        Assert.Equal(new Shard(3, 4), shard);
    }

    [Fact]
    public void Given_a_kubernetes_completion_index_and_shards_When_resolving_Then_they_are_the_shard()
    {
        var shard = ShardEnvironment.Resolve(null, "8", Environment(("JOB_COMPLETION_INDEX", "7")));

        Assert.Equal(new Shard(7, 8), shard);
    }

    [Fact]
    public void Given_an_explicit_shard_and_slurm_variables_When_resolving_Then_the_option_wins()
    {
        var shard = ShardEnvironment.Resolve("1/3", null, Environment(("SLURM_ARRAY_TASK_ID", "2"), ("SLURM_ARRAY_TASK_COUNT", "4")));

        Assert.Equal(new Shard(1, 3), shard);
    }

    [Fact]
    public void Given_a_completion_index_without_shards_When_resolving_Then_the_message_asks_for_shards()
    {
        var error = Assert.Throws<UserInputException>(() => ShardEnvironment.Resolve(null, null, Environment(("JOB_COMPLETION_INDEX", "0"))));

        Assert.Contains("--shards", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_index_beyond_the_shards_When_resolving_Then_it_is_a_user_error()
    {
        var error = Assert.Throws<UserInputException>(() => ShardEnvironment.Resolve(null, "4", Environment(("JOB_COMPLETION_INDEX", "4"))));

        Assert.Contains("JOB_COMPLETION_INDEX=4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_shards_disagreeing_with_the_slurm_array_When_resolving_Then_it_is_a_user_error()
    {
        var error = Assert.Throws<UserInputException>(() => ShardEnvironment.Resolve(null, "8", Environment(("SLURM_ARRAY_TASK_ID", "0"), ("SLURM_ARRAY_TASK_COUNT", "4"))));

        Assert.Contains("--shards is 8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_nothing_When_resolving_Then_the_message_lists_every_source()
    {
        var error = Assert.Throws<UserInputException>(() => ShardEnvironment.Resolve(null, null, Environment()));

        Assert.Contains("SLURM_ARRAY_TASK_ID", error.Message, StringComparison.Ordinal);
        Assert.Contains("JOB_COMPLETION_INDEX", error.Message, StringComparison.Ordinal);
        Assert.Contains("--shard I/N", error.Message, StringComparison.Ordinal);
    }
}
