using System.Globalization;
using ClassicCv.Errors;
using ClassicCv.OpenCv.Imaging;
using OpenCvSharp;
using OpenCvSharp.Features2D;

namespace ClassicCv.OpenCv.Features;

/// <summary>
/// Learns a SIFT codebook with OpenCV's k-means (k-means++ seeding from the run's seed) on a bounded, seeded sample
/// of descriptors from training images only, so memory stays bounded however large the training split is.
/// </summary>
public static class CodebookLearner
{
    /// <summary>Most training images descriptors are sampled from.</summary>
    public const int MaxImages = 10_000;

    /// <summary>k-means iterations (at most).</summary>
    public const int Iterations = 20;

    /// <summary>Learns the codebook.</summary>
    /// <param name="context">Training items, seed and streamer.</param>
    /// <param name="geometry">Where descriptors are computed.</param>
    /// <param name="words">Codebook size k.</param>
    /// <param name="sample">Most descriptors k-means sees.</param>
    public static Codebook Learn(FeatureFitContext context, SiftGeometry geometry, int words, int sample)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(geometry);
        var key = FeatureCache.Key(context.Dataset.Fingerprint, context.TrainItems, string.Create(CultureInfo.InvariantCulture,
            $"codebook:{geometry.Width}x{geometry.Height};grid={string.Join(';', geometry.Grid.Select(p => $"{p.Pt.X},{p.Pt.Y},{p.Size}"))};detect={geometry.Detect};k={words};sample={sample};seed={context.Seed};iterations={Iterations};images={MaxImages}"));
        if (context.Cache?.TryLoad(key, words + 1, Codebook.DescriptorLength) is { } cached)
        {
            var values = cached.Matrix.Values;
            return new Codebook(values[..(words * Codebook.DescriptorLength)].ToArray(), values[words * Codebook.DescriptorLength], [
                string.Create(CultureInfo.InvariantCulture, $"sift-bovw: codebook of {words} words reused from the feature cache (seed {context.Seed})."),
            ]);
        }

        var codebook = LearnWithKMeans(context, geometry, words, sample);
        var stored = new float[(words + 1) * Codebook.DescriptorLength];
        codebook.Centers.ToArray().CopyTo(stored, 0);
        stored[words * Codebook.DescriptorLength] = (float)codebook.SigmaSquared;
        context.Cache?.TrySave(key, new ExtractedFeatures(new ClassicCv.Features.FeatureMatrix(words + 1, Codebook.DescriptorLength, stored), new Dictionary<int, Datasets.SkippedImage>(), 0));
        return codebook;
    }

    /// <summary>
    /// A seeded sample of at most <paramref name="sample"/> SIFT descriptors from at most <see cref="MaxImages"/>
    /// training images (the same draw for the same seed), 128 values per row.
    /// </summary>
    /// <param name="context">Training items, seed and streamer.</param>
    /// <param name="geometry">Where descriptors are computed.</param>
    /// <param name="sample">Most descriptors returned.</param>
    /// <param name="least">Fewest descriptors the caller can learn from (e.g. k words); fewer is a user error.</param>
    /// <param name="images">Receives the number of training images sampled.</param>
    public static float[] SampleDescriptors(FeatureFitContext context, SiftGeometry geometry, int sample, int least, out int images)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(geometry);
        var random = new Random(context.Seed);
        var chosen = context.TrainItems.OrderBy(_ => random.Next()).Take(MaxImages).Order().ToArray();
        images = chosen.Length;
        var perImage = Math.Max(1, (sample + chosen.Length - 1) / Math.Max(1, chosen.Length));
        var collected = new float[chosen.Length][];
        context.Streamer.ForEach(context.Dataset, chosen, ImageReadMode.Grayscale, () => new SiftWorker(geometry), (worker, position, image) =>
            collected[position] = worker.Sample(image, perImage, context.Seed + chosen[position]));
        var pool = collected.Where(rows => rows is not null).SelectMany(rows => rows).ToArray();
        var count = pool.Length / Codebook.DescriptorLength;
        if (count < least)
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture,
                $"SIFT found only {count} descriptors in {chosen.Length} training images, fewer than k={least} words; use a smaller k, a smaller step, or detect=false."));
        }

        var keep = Enumerable.Range(0, count).OrderBy(_ => random.Next()).Take(sample).Order().ToArray();
        var data = new float[keep.Length * Codebook.DescriptorLength];
        for (var i = 0; i < keep.Length; i++)
        {
            Array.Copy(pool, keep[i] * Codebook.DescriptorLength, data, i * Codebook.DescriptorLength, Codebook.DescriptorLength);
        }

        return data;
    }

    private static Codebook LearnWithKMeans(FeatureFitContext context, SiftGeometry geometry, int words, int sample)
    {
        var data = SampleDescriptors(context, geometry, sample, words, out var imageCount);
        var count = data.Length / Codebook.DescriptorLength;
        using var samples = Mat.FromPixelData(count, Codebook.DescriptorLength, MatType.CV_32FC1, data);
        using var labels = new Mat();
        using var centers = new Mat();
        Cv2.SetTheRNG((ulong)(uint)context.Seed);
        var compactness = Cv2.Kmeans(samples, words, labels, new TermCriteria(CriteriaTypes.Eps | CriteriaTypes.MaxIter, Iterations, 1e-3), 1, KMeansFlags.PpCenters, centers);
        var result = new float[words * Codebook.DescriptorLength];
        centers.AsSpan<float>().CopyTo(result);
        var note = string.Create(CultureInfo.InvariantCulture,
            $"sift-bovw: codebook of {words} words learnt by k-means on {count} descriptors from {imageCount} training images (seed {context.Seed}).");
        return new Codebook(result, compactness / count, [note]);
    }

    private sealed class SiftWorker(SiftGeometry geometry) : IDisposable
    {
        private readonly SIFT _sift = SIFT.Create();
        private readonly Mat _descriptors = new();

        public float[] Sample(Mat image, int perImage, int seed)
        {
            var sized = ImageResizer.ToSize(image, geometry.Width, geometry.Height, out var owned);
            try
            {
                geometry.Describe(_sift, sized, _descriptors);
                var rows = _descriptors.Rows;
                var chosen = Enumerable.Range(0, rows).ToArray();
                new Random(seed).Shuffle(chosen);
                var take = Math.Min(perImage, rows);
                var values = new float[take * Codebook.DescriptorLength];
                for (var i = 0; i < take; i++)
                {
                    _descriptors.RowSpan<float>(chosen[i]).CopyTo(values.AsSpan(i * Codebook.DescriptorLength));
                }

                return values;
            }
            finally
            {
                if (owned)
                {
                    sized.Dispose();
                }
            }
        }

        public void Dispose()
        {
            _sift.Dispose();
            _descriptors.Dispose();
        }
    }
}
