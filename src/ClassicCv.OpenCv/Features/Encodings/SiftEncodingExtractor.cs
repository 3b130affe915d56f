using ClassicCv.OpenCv.Imaging;
using OpenCvSharp;
using OpenCvSharp.Features2D;

namespace ClassicCv.OpenCv.Features.Encodings;

/// <summary>
/// Dense SIFT → RootSIFT → PCA → an encoding of the image's descriptors (<see cref="FisherEncoder"/> or
/// <see cref="VladEncoder"/>): the <c>fisher</c> and <c>vlad</c> features.
/// </summary>
public sealed class SiftEncodingExtractor : IStatefulExtractor
{
    internal SiftEncodingExtractor(string name, string settings, SiftGeometry geometry, DescriptorProjection projection, IDescriptorEncoder encoder, FeatureState state, IReadOnlyList<string> notes)
    {
        Name = name;
        Settings = settings;
        Geometry = geometry;
        Projection = projection;
        Encoder = encoder;
        State = state;
        Notes = notes;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Settings { get; }

    /// <summary>Where descriptors are computed.</summary>
    public SiftGeometry Geometry { get; }

    /// <summary>The learnt RootSIFT PCA.</summary>
    public DescriptorProjection Projection { get; }

    /// <summary>The encoding with its learnt vocabulary.</summary>
    public IDescriptorEncoder Encoder { get; }

    /// <inheritdoc />
    public FeatureState State { get; }

    /// <inheritdoc />
    public ImageReadMode Mode => ImageReadMode.Grayscale;

    /// <inheritdoc />
    public int Length => Encoder.Length;

    /// <inheritdoc />
    public IReadOnlyList<string> Notes { get; }

    /// <inheritdoc />
    public IFeatureWorker CreateWorker() => new Worker(this);

    private sealed class Worker(SiftEncodingExtractor owner) : IFeatureWorker
    {
        private readonly SIFT _sift = SIFT.Create();
        private readonly Mat _descriptors = new();
        private readonly Mat _projected = new();
        private readonly Mat _gray = new();

        public void Extract(Mat image, Span<float> destination)
        {
            var geometry = owner.Geometry;
            var keypoints = geometry.DescribeImage(_sift, image, _gray, _descriptors);
            var quadrants = new int[_descriptors.Rows];
            for (var i = 0; i < quadrants.Length; i++)
            {
                DescriptorProjection.RootSift(_descriptors.RowSpan<float>(i));
                quadrants[i] = geometry.Quadrant(keypoints[i]);
            }

            if (quadrants.Length == 0)
            {
                destination.Clear();
                return;
            }

            owner.Projection.Project(_descriptors, _projected);
            owner.Encoder.Encode(_projected, quadrants, destination);
        }

        public void Dispose()
        {
            _sift.Dispose();
            _descriptors.Dispose();
            _projected.Dispose();
            _gray.Dispose();
        }
    }
}
