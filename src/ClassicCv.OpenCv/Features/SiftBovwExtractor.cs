using ClassicCv.OpenCv.Imaging;
using OpenCvSharp;
using OpenCvSharp.Features2D;

namespace ClassicCv.OpenCv.Features;

/// <summary>
/// SIFT bag of visual words: descriptors (dense grid or detected) vote for their nearest codebook words (hard) or the
/// nearest few with Gaussian weights (soft), in the whole image and optionally in each 2×2 quadrant; the vector is then
/// L1-normalised, square-rooted and L2-normalised (RootSIFT-style power normalisation).
/// </summary>
public sealed class SiftBovwExtractor : IFeatureExtractor
{
    /// <summary>Words that share a descriptor's vote under soft assignment.</summary>
    public const int SoftNeighbours = 5;

    private readonly SiftGeometry _geometry;
    private readonly float[] _centers;
    private readonly BovwAssignment _assignment;
    private readonly bool _pyramid;

    internal SiftBovwExtractor(string name, string settings, SiftGeometry geometry, Codebook codebook, BovwAssignment assignment, bool pyramid, IReadOnlyList<string> notes)
    {
        Name = name;
        Settings = settings;
        _geometry = geometry;
        Codebook = codebook;
        _centers = codebook.Centers.ToArray();
        _assignment = assignment;
        _pyramid = pyramid;
        Length = codebook.Words * (pyramid ? 5 : 1);
        Notes = notes;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Settings { get; }

    /// <summary>The learnt codebook.</summary>
    public Codebook Codebook { get; }

    /// <inheritdoc />
    public ImageReadMode Mode => ImageReadMode.Grayscale;

    /// <inheritdoc />
    public int Length { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Notes { get; }

    /// <inheritdoc />
    public IFeatureWorker CreateWorker() => new Worker(this);

    private sealed class Worker : IFeatureWorker
    {
        private readonly SiftBovwExtractor _owner;
        private readonly SIFT _sift = SIFT.Create();
        private readonly BFMatcher _matcher = new(NormTypes.L2, false);
        private readonly Mat _descriptors = new();
        private readonly Mat _codebook;
        private readonly Mat _gray = new();

        public Worker(SiftBovwExtractor owner)
        {
            _owner = owner;
            _codebook = Mat.FromPixelData(owner.Codebook.Words, Codebook.DescriptorLength, MatType.CV_32FC1, owner._centers).Clone();
        }

        public void Extract(Mat image, Span<float> destination)
        {
            destination.Clear();
            var geometry = _owner._geometry;
            var keypoints = geometry.DescribeImage(_sift, image, _gray, _descriptors);
            if (_descriptors.Rows == 0)
            {
                return;
            }

            var knn = _owner._assignment == BovwAssignment.Hard ? 1 : Math.Min(SoftNeighbours, _owner.Codebook.Words);
            var matches = _matcher.KnnMatch(_descriptors, _codebook, knn);
            var words = _owner.Codebook.Words;
            Span<float> weights = stackalloc float[knn];
            for (var i = 0; i < matches.Length; i++)
            {
                var candidates = matches[i];
                Weigh(candidates, weights);
                var quadrant = 1 + geometry.Quadrant(keypoints[i]);
                for (var j = 0; j < candidates.Length; j++)
                {
                    destination[candidates[j].TrainIdx] += weights[j];
                    if (_owner._pyramid)
                    {
                        destination[(quadrant * words) + candidates[j].TrainIdx] += weights[j];
                    }
                }
            }

            Normalize(destination);
        }

        public void Dispose()
        {
            _sift.Dispose();
            _matcher.Dispose();
            _descriptors.Dispose();
            _codebook.Dispose();
            _gray.Dispose();
        }

        private void Weigh(DMatch[] candidates, Span<float> weights)
        {
            if (candidates.Length == 1)
            {
                weights[0] = 1f;
                return;
            }

            var twoSigmaSquared = 2 * Math.Max(_owner.Codebook.SigmaSquared, 1e-6);
            var nearest = (double)candidates[0].Distance * candidates[0].Distance;
            var sum = 0.0;
            for (var j = 0; j < candidates.Length; j++)
            {
                var d = (double)candidates[j].Distance;
                weights[j] = (float)Math.Exp(-((d * d) - nearest) / twoSigmaSquared);
                sum += weights[j];
            }

            for (var j = 0; j < candidates.Length; j++)
            {
                weights[j] = (float)(weights[j] / sum);
            }
        }

        private static void Normalize(Span<float> values)
        {
            var l1 = 0.0;
            foreach (var value in values)
            {
                l1 += value;
            }

            var squares = 0.0;
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = (float)Math.Sqrt(values[i] / l1);
                squares += values[i] * values[i];
            }

            var inverse = (float)(1 / Math.Sqrt(squares));
            for (var i = 0; i < values.Length; i++)
            {
                values[i] *= inverse;
            }
        }
    }
}
