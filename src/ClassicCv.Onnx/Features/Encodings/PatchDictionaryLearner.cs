using System.Globalization;
using ClassicCv.Errors;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using OpenCvSharp;

namespace ClassicCv.Onnx.Features.Encodings;

/// <summary>
/// Learns a <see cref="PatchDictionary"/> from training images only: a seeded sample of random patches from at most
/// <see cref="MaxImages"/> images, each brightness/contrast-normalised, ZCA-whitened (ε = <see cref="KMeansPatchesOptions.Whitening"/>),
/// then clustered by OpenCV k-means (k-means++ seeding from the run's seed). Memory is bounded by the sample size.
/// </summary>
public static class PatchDictionaryLearner
{
    /// <summary>Most training images patches are drawn from.</summary>
    public const int MaxImages = 10_000;

    /// <summary>Learns the dictionary (or reads it from the run's feature cache).</summary>
    /// <param name="context">Training items, seed, streamer and cache.</param>
    /// <param name="geometry">Image size, channels and patch side.</param>
    /// <param name="options">Dictionary size k, patches sampled, most k-means iterations and the whitening's ε.</param>
    public static PatchDictionary Learn(FeatureFitContext context, PatchGeometry geometry, KMeansPatchesOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentNullException.ThrowIfNull(options);
        var (words, sample, iterations, epsilon) = (options.Words, options.Sample, options.Iterations, options.Whitening);
        var dimension = geometry.Dimension;
        var key = FeatureCache.Key(context.Dataset.Fingerprint, context.TrainItems, string.Create(CultureInfo.InvariantCulture,
            $"kmeans-patches-dictionary:{geometry.Width}x{geometry.Height}x{geometry.Channels};patch={geometry.Patch};k={words};sample={sample};iterations={iterations};seed={context.Seed};images={MaxImages};epsilon={epsilon}"));
        var layout = PatchDictionary.Layout(dimension, words);
        if (FeatureStateCache.TryLoad(context.Cache, key, PatchDictionary.Kind, layout) is { } cached)
        {
            return PatchDictionary.FromState(cached, dimension, words,
                string.Create(CultureInfo.InvariantCulture, $"kmeans-patches: whitening and dictionary of {words} words reused from the feature cache (seed {context.Seed})."));
        }

        var patches = SamplePatches(context, geometry, sample);
        var count = patches.Length / dimension;
        if (count < words)
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture,
                $"kmeans-patches sampled only {count} patches from the training images, fewer than k={words} words; use a smaller k or a larger sample."));
        }

        for (var i = 0; i < count; i++)
        {
            PatchNormalization.Normalize(patches.AsSpan(i * dimension, dimension));
        }

        var whitening = ZcaWhitening.Fit(patches, dimension, epsilon);
        var whitened = whitening.Apply(patches);
        using var data = Mat.FromPixelData(count, dimension, MatType.CV_32FC1, whitened);
        using var labels = new Mat();
        using var centers = new Mat();
        Cv2.SetTheRNG((ulong)(uint)context.Seed);
        Cv2.Kmeans(data, words, labels, new TermCriteria(CriteriaTypes.Eps | CriteriaTypes.MaxIter, iterations, 1e-4), 1, KMeansFlags.PpCenters, centers);
        var centroids = new float[words * dimension];
        centers.AsSpan<float>().CopyTo(centroids);
        var dictionary = new PatchDictionary(whitening, centroids, [string.Create(CultureInfo.InvariantCulture,
            $"kmeans-patches: ZCA whitening (ε {epsilon}) and {words} words learnt by k-means ({iterations} iterations at most) on {count} normalised {geometry.Patch}×{geometry.Patch}×{geometry.Channels} patches from {Math.Min(MaxImages, context.TrainItems.Count)} training images (seed {context.Seed}).")]);
        FeatureStateCache.Save(context.Cache, key, dictionary.State, layout);
        return dictionary;
    }

    private static float[] SamplePatches(FeatureFitContext context, PatchGeometry geometry, int sample)
    {
        var random = new Random(context.Seed);
        var images = context.TrainItems.OrderBy(_ => random.Next()).Take(MaxImages).Order().ToArray();
        if (images.Length == 0)
        {
            throw new UserInputException("kmeans-patches has no training images to learn its dictionary from.");
        }

        var perImage = Math.Max(1, (sample + images.Length - 1) / images.Length);
        var collected = new float[images.Length][];
        context.Streamer.ForEach(context.Dataset, images, geometry.Mode, () => new Sampler(geometry), (sampler, position, image) =>
            collected[position] = sampler.Sample(image, perImage, context.Seed + images[position]));
        var pool = collected.Where(rows => rows is not null).SelectMany(rows => rows).ToArray();
        var dimension = geometry.Dimension;
        var count = pool.Length / dimension;
        if (count <= sample)
        {
            return pool;
        }

        var keep = Enumerable.Range(0, count).OrderBy(_ => random.Next()).Take(sample).Order().ToArray();
        var chosen = new float[keep.Length * dimension];
        for (var i = 0; i < keep.Length; i++)
        {
            Array.Copy(pool, keep[i] * dimension, chosen, i * dimension, dimension);
        }

        return chosen;
    }

    private sealed class Sampler(PatchGeometry geometry) : IDisposable
    {
        private readonly float[] _planes = new float[geometry.Channels * geometry.Width * geometry.Height];

        public float[] Sample(Mat image, int perImage, int seed)
        {
            var sized = ImageResizer.ToSize(image, geometry.Width, geometry.Height, out var owned);
            try
            {
                PixelPlanes.Copy(sized, _planes);
            }
            finally
            {
                if (owned)
                {
                    sized.Dispose();
                }
            }

            var random = new Random(seed);
            var (p, width, plane) = (geometry.Patch, geometry.Width, geometry.Width * geometry.Height);
            var values = new float[perImage * geometry.Dimension];
            for (var n = 0; n < perImage; n++)
            {
                var top = random.Next(geometry.Height - p + 1);
                var left = random.Next(geometry.Width - p + 1);
                var target = n * geometry.Dimension;
                for (var c = 0; c < geometry.Channels; c++)
                {
                    for (var y = 0; y < p; y++)
                    {
                        _planes.AsSpan((c * plane) + ((top + y) * width) + left, p).CopyTo(values.AsSpan(target));
                        target += p;
                    }
                }
            }

            return values;
        }

        public void Dispose()
        {
        }
    }
}
