using ClassicCv.Onnx.Deep;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using OpenCvSharp;

namespace ClassicCv.Onnx.Features.Encodings;

/// <summary>
/// Coates–Ng single-layer k-means features: at every patch position (stride <see cref="PatchGeometry.Stride"/>), the
/// normalised, ZCA-whitened patch's triangle activations <c>max(0, mean(z) − z_k)</c> against the k-means dictionary,
/// summed over each quadrant of the image: 4 × k values. Run as one ONNX Runtime graph per worker thread
/// (see <see cref="TriangleGraph"/>).
/// </summary>
public sealed class KMeansPatchesExtractor : IStatefulExtractor
{
    private readonly byte[] _graph;

    internal KMeansPatchesExtractor(string name, string settings, PatchGeometry geometry, PatchDictionary dictionary)
    {
        Name = name;
        Settings = settings;
        Geometry = geometry;
        Dictionary = dictionary;
        Length = 4 * dictionary.Words;
        Notes = dictionary.Notes;
        _graph = TriangleGraph.Build(geometry, dictionary);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Settings { get; }

    /// <summary>Image size, channels, patch side and stride.</summary>
    public PatchGeometry Geometry { get; }

    /// <summary>The learnt whitening and dictionary.</summary>
    public PatchDictionary Dictionary { get; }

    /// <inheritdoc />
    public FeatureState State => Dictionary.State;

    /// <inheritdoc />
    public ImageReadMode Mode => Geometry.Mode;

    /// <inheritdoc />
    public int Length { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Notes { get; }

    /// <inheritdoc />
    public IFeatureWorker CreateWorker() => new Worker(this);

    private sealed class Worker(KMeansPatchesExtractor owner) : IFeatureWorker
    {
        private readonly OnnxRuntimeNetwork _network = new(owner._graph, owner.Geometry.Channels, owner.Geometry.Height, owner.Geometry.Width);
        private readonly float[] _planes = new float[owner.Geometry.Channels * owner.Geometry.Width * owner.Geometry.Height];
        private readonly Mat _converted = new();

        public void Extract(Mat image, Span<float> destination)
        {
            var geometry = owner.Geometry;
            var source = image;
            if (image.Channels() != geometry.Channels)
            {
                Cv2.CvtColor(image, _converted, geometry.Channels == 1 ? ColorConversionCodes.BGR2GRAY : ColorConversionCodes.GRAY2BGR);
                source = _converted;
            }

            var sized = ImageResizer.ToSize(source, geometry.Width, geometry.Height, out var owned);
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

            _network.Run(_planes, 1).CopyTo(destination);
        }

        public void Dispose()
        {
            _network.Dispose();
            _converted.Dispose();
        }
    }
}
