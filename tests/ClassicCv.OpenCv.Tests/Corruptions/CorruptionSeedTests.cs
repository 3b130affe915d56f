using ClassicCv.OpenCv.Corruptions;

namespace ClassicCv.OpenCv.Tests.Corruptions;

public sealed class CorruptionSeedTests
{
    [Fact]
    public void Given_the_same_seed_condition_and_item_When_drawing_Then_the_sequence_repeats_and_any_change_alters_it()
    {
        static int[] Draw(int seed, string name, int severity, int item)
        {
            var random = CorruptionSeed.For(seed, name, severity, item);
            return Enumerable.Range(0, 8).Select(_ => random.Next()).ToArray();
        }

        var reference = Draw(42, "gaussian-noise", 3, 17);

        Assert.Equal(reference, Draw(42, "gaussian-noise", 3, 17));
        Assert.NotEqual(reference, Draw(43, "gaussian-noise", 3, 17));
        Assert.NotEqual(reference, Draw(42, "shot-noise", 3, 17));
        Assert.NotEqual(reference, Draw(42, "gaussian-noise", 4, 17));
        Assert.NotEqual(reference, Draw(42, "gaussian-noise", 3, 18));
    }
}
