using ClassicCv.Onnx.Deep;
using ClassicCv.Torch.Augmentation;
using ClassicCv.Torch.Native;
using TorchSharp;

namespace ClassicCv.Torch.Tests.Augmentation;

public sealed class BatchAugmenterTests
{
    private const int Count = 16, Side = 16;
    private static readonly NetInput Input = new(Side, Side, 3, ChannelOrder.Bgr, 1f, [100f, 110f, 120f], [1f, 1f, 1f]);

    [Fact]
    public void Given_every_transform_When_augmenting_twice_with_one_seed_Then_the_batches_are_equal_and_another_seed_differs()
    {
        var every = new NetworkAugmentation { Crop = true, Flip = true, Rotate = true, Jitter = true };

        var first = Augment(every, seed: 3);
        var again = Augment(every, seed: 3);
        var other = Augment(every, seed: 4);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.NotEqual(Images(), first);
    }

    [Fact]
    public void Given_flip_alone_When_augmenting_Then_each_image_is_itself_or_exactly_its_mirror_and_both_occur()
    {
        var images = Images();
        var augmented = Augment(new NetworkAugmentation { Flip = true }, seed: 1);

        var mirrored = 0;
        for (var i = 0; i < Count; i++)
        {
            var plain = images.AsSpan(i * 3 * Side * Side, 3 * Side * Side).ToArray();
            var output = augmented.AsSpan(i * 3 * Side * Side, 3 * Side * Side).ToArray();
            var mirror = MirroredInputs.Mirror(plain, Side);
            var isPlain = Close(plain, output);
            var isMirror = Close(mirror, output);
            Assert.True(isPlain || isMirror, $"image {i} is neither itself nor its mirror");
            mirrored += isMirror ? 1 : 0;
        }

        Assert.InRange(mirrored, 1, Count - 1);
    }

    [Fact]
    public void Given_crop_alone_When_augmenting_Then_each_image_is_shifted_by_whole_pixels_up_to_an_eighth_of_the_side()
    {
        var images = Images();
        var augmented = Augment(new NetworkAugmentation { Crop = true }, seed: 2);
        var limit = Side / 8;

        var moved = 0;
        for (var i = 0; i < Count; i++)
        {
            var shifts = from dx in Enumerable.Range(-limit, (2 * limit) + 1)
                         from dy in Enumerable.Range(-limit, (2 * limit) + 1)
                         where Interior(images, augmented, i, dx, dy)
                         select (dx, dy);
            var shift = Assert.Single(shifts);
            moved += shift == (0, 0) ? 0 : 1;
        }

        Assert.True(moved > Count / 2, $"only {moved} of {Count} images moved");
    }

    [Fact]
    public void Given_no_transform_When_augmenting_Then_the_batch_is_returned_untouched()
    {
        LibTorchLoader.EnsureLoaded();
        using var batch = torch.tensor(Images(), [Count, 3, Side, Side]);

        Assert.Same(batch, new BatchAugmenter(NetworkAugmentation.None, 1, Input).Apply(batch));
    }

    private static float[] Images()
    {
        var random = new Random(7);
        return Enumerable.Range(0, Count * 3 * Side * Side).Select(_ => (float)(random.NextDouble() * 100)).ToArray();
    }

    private static float[] Augment(NetworkAugmentation augmentation, int seed)
    {
        LibTorchLoader.EnsureLoaded();
        using var scope = torch.NewDisposeScope();
        var augmenter = new BatchAugmenter(augmentation, seed, Input);
        return augmenter.Apply(torch.tensor(Images(), [Count, 3, Side, Side])).data<float>().ToArray();
    }

    private static bool Close(float[] expected, float[] actual) => expected.Zip(actual, (a, b) => Math.Abs(a - b)).Max() < 1e-3;

    // The output's pixels away from the border equal the input's shifted by (dx, dy).
    private static bool Interior(float[] input, float[] output, int image, int dx, int dy)
    {
        var limit = Side / 8;
        for (var c = 0; c < 3; c++)
        {
            for (var y = limit; y < Side - limit; y++)
            {
                for (var x = limit; x < Side - limit; x++)
                {
                    var plane = ((image * 3) + c) * Side * Side;
                    if (Math.Abs(output[plane + (y * Side) + x] - input[plane + ((y + dy) * Side) + x + dx]) > 1e-3)
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }
}
