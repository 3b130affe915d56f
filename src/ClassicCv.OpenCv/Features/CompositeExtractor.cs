using ClassicCv.OpenCv.Imaging;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Features;

/// <summary>
/// Concatenates fitted extractors. Images are decoded in colour when any part needs colour; the grayscale parts then
/// receive a grayscale conversion made once per image.
/// </summary>
public sealed class CompositeExtractor : IFeatureExtractor
{
    internal CompositeExtractor(string name, IReadOnlyList<IFeatureExtractor> parts)
    {
        Name = name;
        Parts = parts;
        Settings = string.Join(" + ", parts.Select(part => part.Settings));
        Mode = parts.Any(part => part.Mode == ImageReadMode.Color) ? ImageReadMode.Color : ImageReadMode.Grayscale;
        Length = parts.Sum(part => part.Length);
        Notes = parts.SelectMany(part => part.Notes).ToArray();
    }

    /// <summary>The fitted parts, in concatenation order.</summary>
    public IReadOnlyList<IFeatureExtractor> Parts { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Settings { get; }

    /// <inheritdoc />
    public ImageReadMode Mode { get; }

    /// <inheritdoc />
    public int Length { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Notes { get; }

    /// <inheritdoc />
    public IFeatureWorker CreateWorker() => new Worker(this);

    private sealed class Worker : IFeatureWorker
    {
        private readonly CompositeExtractor _owner;
        private readonly IFeatureWorker[] _workers;
        private readonly Mat _gray = new();

        public Worker(CompositeExtractor owner)
        {
            _owner = owner;
            _workers = owner.Parts.Select(part => part.CreateWorker()).ToArray();
        }

        public void Extract(Mat image, Span<float> destination)
        {
            var grayReady = false;
            var offset = 0;
            for (var i = 0; i < _workers.Length; i++)
            {
                var part = _owner.Parts[i];
                var input = image;
                if (part.Mode == ImageReadMode.Grayscale && image.Channels() == 3)
                {
                    if (!grayReady)
                    {
                        Cv2.CvtColor(image, _gray, ColorConversionCodes.BGR2GRAY);
                        grayReady = true;
                    }

                    input = _gray;
                }

                _workers[i].Extract(input, destination.Slice(offset, part.Length));
                offset += part.Length;
            }
        }

        public void Dispose()
        {
            foreach (var worker in _workers)
            {
                worker.Dispose();
            }

            _gray.Dispose();
        }
    }
}
