using ClassicCv.Datasets;
using ClassicCv.Evaluation.Calibration;
using ClassicCv.Experiments;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Explaining;

/// <summary>
/// Occlusion sensitivity over the image-level classifier interface, so it means the same for every contender (HOG +
/// SVM, SIFT-BoVW + forest, ResNet embeddings + logistic regression, a CNN): the intact image and one copy per patch
/// position, with that patch replaced, are classified in one call, and the map is the drop of the predicted class's
/// probability (scores that are not probabilities are read through a softmax).
/// </summary>
public sealed class OcclusionExplainer
{
    private readonly OcclusionOptions _options;

    /// <summary>Creates the explainer.</summary>
    /// <param name="options">Patch size, stride and fill.</param>
    public OcclusionExplainer(OcclusionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>Explains the prediction of <paramref name="classifier"/> for one decoded 8-bit image (grayscale or BGR).</summary>
    /// <param name="classifier">Any trained image classifier.</param>
    /// <param name="image">The image as decoded.</param>
    /// <param name="name">The image's name, for messages.</param>
    public OcclusionMap Explain(IImageClassifier classifier, Mat image, string name)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(image);
        using var source = image.Channels() == 1 || image.Channels() == 3 ? image.Clone() : ToBgr(image);
        var rows = _options.Positions(source.Height);
        var columns = _options.Positions(source.Width);
        using var fill = Fill(source);
        var items = new List<DatasetItem>(1 + (rows.Count * columns.Count)) { Item(source, name, "intact") };
        foreach (var top in rows)
        {
            foreach (var left in columns)
            {
                using var occluded = source.Clone();
                var rect = new Rect(left, top, Math.Min(_options.Patch, source.Width - left), Math.Min(_options.Patch, source.Height - top));
                using (var patch = new Mat(fill, rect))
                using (var target = new Mat(occluded, rect))
                {
                    patch.CopyTo(target);
                }

                items.Add(Item(occluded, name, $"{top},{left}"));
            }
        }

        var dataset = new ImageDataset("occlusion", name, "memory", classifier.ClassNames, items, [], $"occlusion:{Guid.NewGuid():N}");
        var predictions = classifier.Predict(dataset, Enumerable.Range(0, items.Count).ToArray());
        var classCount = classifier.ClassNames.Count;
        var probabilities = ScoreProbabilities.Of(predictions, classCount);
        var predicted = predictions.Labels[0];
        double Probability(int i) => probabilities is null ? (predictions.Labels[i] == predicted ? 1 : 0) : probabilities[(i * classCount) + predicted];
        var intact = Probability(0);
        var drops = new double[rows.Count * columns.Count];
        for (var i = 0; i < drops.Length; i++)
        {
            drops[i] = intact - Probability(i + 1);
        }

        return new OcclusionMap(predicted, intact, rows.Count, columns.Count, drops, rows, columns, _options.Patch, source.Width, source.Height);
    }

    private Mat Fill(Mat source)
    {
        if (_options.Fill == OcclusionFill.Blur)
        {
            var blurred = new Mat();
            var sigma = Math.Max(1, _options.Patch / 2.0);
            Cv2.GaussianBlur(source, blurred, new Size(0, 0), sigma);
            return blurred;
        }

        var mean = Cv2.Mean(source);
        return new Mat(source.Size(), source.Type(), mean);
    }

    private static Mat ToBgr(Mat image)
    {
        var bgr = new Mat();
        Cv2.CvtColor(image, bgr, ColorConversionCodes.BGRA2BGR);
        return bgr;
    }

    private static DatasetItem Item(Mat image, string name, string position)
    {
        var channels = image.Channels();
        var pixels = new byte[image.Width * image.Height * channels];
        image.AsSpan<byte>().CopyTo(pixels); // every image here is a fresh clone, hence continuous

        return new DatasetItem($"{name}@{position}", new PixelImageLocation($"{name} (occluded at {position})", image.Width, image.Height, channels, pixels), 0, null);
    }
}
