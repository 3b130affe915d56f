using System.Diagnostics;
using System.Globalization;
using ClassicCv.Catalogs;
using ClassicCv.Datasets;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.Splitting;

namespace ClassicCv.Benchmarks;

/// <summary>
/// Extraction throughput benchmark: <c>ClassicCv.Benchmarks DATASET FEATURE [FEATURE...]</c>. Resolves the dataset,
/// fits each extractor on its training split (the dataset's own split, else all items) and extracts every image once,
/// without cache, printing one line per extractor: images, seconds, images/s, feature length and matrix size.
/// </summary>
internal static class ExtractionBenchmark
{
    /// <summary>Runs the benchmark; returns the exit code.</summary>
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: ClassicCv.Benchmarks DATASET FEATURE [FEATURE...]   e.g. /usr/share/datasets/fashion-mnist 'hog[cell=4,block=2,stride=1]'");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var dataset = new DatasetResolver(AppContext.BaseDirectory).Resolve(args[0]);
        var split = dataset.HasPredefinedSplit ? PredefinedSplit.Of(dataset) : null;
        var train = split?.Train ?? Enumerable.Range(0, dataset.Items.Count).ToArray();
        var all = Enumerable.Range(0, dataset.Items.Count).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dataset={dataset.Name} images={all.Length} train={train.Count} read_seconds={clock.Elapsed.TotalSeconds:F2} cores={Environment.ProcessorCount}"));
        var streamer = new ImageStreamer();
        foreach (var text in args.Skip(1))
        {
            var spec = FeatureCatalog.ParseOne(text);
            var fitClock = Stopwatch.StartNew();
            var (width, height) = ReferenceSize(dataset);
            var extractor = spec.Fit(new FeatureFitContext(dataset, train, width, height, 42, streamer));
            var fitSeconds = fitClock.Elapsed.TotalSeconds;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var features = FeatureExtraction.Run(extractor, dataset, all, streamer);
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var megabytes = (double)features.Matrix.Rows * features.Matrix.Columns * sizeof(float) / (1 << 20);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"feature={text} dim={extractor.Length} images={all.Length} fit_seconds={fitSeconds:F2} seconds={features.Seconds:F3} img_per_s={all.Length / features.Seconds:F1} cpu_seconds={cpuSeconds:F3} matrix_mb={megabytes:F1} failed={features.Failed.Count}"));
        }

        return 0;
    }

    private static (int Width, int Height) ReferenceSize(ImageDataset dataset)
    {
        var size = (Width: 0, Height: 0);
        new ImageStreamer(1).ForEach(dataset, [0], ImageReadMode.Grayscale, () => new Nothing(), (_, _, image) => size = (image.Width, image.Height));
        return size;
    }

    private sealed class Nothing : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
