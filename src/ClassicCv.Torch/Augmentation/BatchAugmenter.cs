using ClassicCv.Onnx.Deep;
using static TorchSharp.torch;

namespace ClassicCv.Torch.Augmentation;

/// <summary>
/// Applies a <see cref="NetworkAugmentation"/> to a batch of preprocessed training images (N × C × H × W): crop, flip
/// and rotation as one affine resampling per image (<c>affine_grid</c> + <c>grid_sample</c>, bilinear, reflected border;
/// whole-pixel shifts and mirrors land on pixel centres), then brightness and contrast in the network's input space.
/// Every random draw comes from one <see cref="Random"/> seeded once, so a run with the same seed sees the same images.
/// </summary>
internal sealed class BatchAugmenter
{
    /// <summary>The largest rotation, in degrees.</summary>
    public const double MaxDegrees = 10;

    /// <summary>The largest brightness or contrast change, as a fraction (factors in 1 ± this).</summary>
    public const double JitterRange = 0.2;

    private readonly NetworkAugmentation _augmentation;
    private readonly Random _random;
    private readonly float[] _offsets;

    /// <summary>Creates the augmenter.</summary>
    /// <param name="augmentation">The transforms.</param>
    /// <param name="seed">Seed of every draw.</param>
    /// <param name="input">How the network's input was made from 0–255 pixels (brightness scales the pixel, not the normalised value).</param>
    public BatchAugmenter(NetworkAugmentation augmentation, int seed, NetInput input)
    {
        ArgumentNullException.ThrowIfNull(augmentation);
        ArgumentNullException.ThrowIfNull(input);
        _augmentation = augmentation;
        _random = new Random(seed);
        _offsets = Enumerable.Range(0, input.Channels).Select(c => input.Mean[c] / input.Std[c]).ToArray();
    }

    /// <summary>The transforms applied.</summary>
    public NetworkAugmentation Augmentation => _augmentation;

    /// <summary>The augmented batch (a new tensor), or <paramref name="batch"/> itself when no transform is on.</summary>
    /// <param name="batch">Preprocessed images, N × C × H × W.</param>
    public Tensor Apply(Tensor batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (!_augmentation.Any)
        {
            return batch;
        }

        var (n, c, h, w) = ((int)batch.shape[0], (int)batch.shape[1], (int)batch.shape[2], (int)batch.shape[3]);
        var x = batch;
        if (_augmentation.Geometric)
        {
            using var theta = tensor(Affine(n, h, w), [n, 2, 3]);
            using var grid = nn.functional.affine_grid(theta, [n, c, h, w], align_corners: false);
            x = nn.functional.grid_sample(x, grid, GridSampleMode.Bilinear, GridSamplePaddingMode.Reflection, align_corners: false);
        }

        if (_augmentation.Jitter)
        {
            var contrast = new float[n];
            var brightness = new float[n];
            for (var i = 0; i < n; i++)
            {
                contrast[i] = Factor();
                brightness[i] = Factor();
            }

            // Contrast around each image's channel means; brightness p → b·p in pixels is b·x + (b − 1)·mean/std in the input.
            using var a = tensor(contrast, [n, 1, 1, 1]);
            using var b = tensor(brightness, [n, 1, 1, 1]);
            using var offsets = tensor(_offsets, [1, c, 1, 1]);
            using var means = x.mean([2, 3], keepdim: true);
            using var contrasted = ((x - means) * a) + means;
            x = (contrasted * b) + ((b - 1) * offsets);
        }

        return x;
    }

    private float[] Affine(int n, int h, int w)
    {
        var theta = new float[n * 6];
        var (shiftX, shiftY) = (Math.Max(1, w / 8), Math.Max(1, h / 8));
        for (var i = 0; i < n; i++)
        {
            var mirror = _augmentation.Flip && _random.Next(2) == 1 ? -1.0 : 1.0;
            var angle = _augmentation.Rotate ? ((_random.NextDouble() * 2) - 1) * MaxDegrees * Math.PI / 180 : 0;
            var dx = _augmentation.Crop ? _random.Next(-shiftX, shiftX + 1) : 0;
            var dy = _augmentation.Crop ? _random.Next(-shiftY, shiftY + 1) : 0;
            var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
            // Output → input coordinates in [-1, 1]: rotate, mirror x, shift by whole pixels (2/side per pixel).
            theta[(i * 6) + 0] = (float)(cos * mirror);
            theta[(i * 6) + 1] = (float)-sin;
            theta[(i * 6) + 2] = (float)(2.0 * dx / w);
            theta[(i * 6) + 3] = (float)(sin * mirror);
            theta[(i * 6) + 4] = (float)cos;
            theta[(i * 6) + 5] = (float)(2.0 * dy / h);
        }

        return theta;
    }

    private float Factor() => (float)(1 + (((_random.NextDouble() * 2) - 1) * JitterRange));
}
