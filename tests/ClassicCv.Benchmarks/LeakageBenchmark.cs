using System.Diagnostics;
using System.Globalization;
using ClassicCv.Datasets;
using ClassicCv.Leakage;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.OpenCv.Leakage;
using ClassicCv.Splitting;
using OpenCvSharp;

namespace ClassicCv.Benchmarks;

/// <summary>
/// <c>leakage DATASET [IMAGES] [PLANTED] [GRADIENT]</c>: the leakage audit's cost on a dataset (or a seeded, stratified sample of IMAGES of it) under a
/// stratified 80/20 hold-out (seed 42), and the measurement behind its thresholds: for PLANTED images, the hash distance
/// and correlation of planted near duplicates (JPEG re-encode at quality 75 and 50, resize to 0.8× and 1.25×, brightness
/// +25 and −25) against the same figures of the dataset's own distinct train/test pairs. See docs/studies.md.
/// </summary>
internal static class LeakageBenchmark
{
    public static int Run(string[] args)
    {
        var dataset = new DatasetResolver(Path.Combine(AppContext.BaseDirectory, "datasets")).Resolve(args[0]);
        var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : dataset.Items.Count;
        var planted = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 300;
        var options = args.Length > 3 ? LeakageAuditOptions.Default with { MinGradientCorrelation = double.Parse(args[3], CultureInfo.InvariantCulture) } : LeakageAuditOptions.Default;
        var items = StratifiedSample.Positions(dataset.Labels(), Math.Min(count, dataset.Items.Count), 42);
        var subset = dataset with { Items = items.Select(i => dataset.Items[i]).ToArray() };
        var split = new StratifiedHoldOut(0.2, 42).Split(subset.Labels());
        var streamer = new ImageStreamer();
        ImageSignatures signatures = null!;
        LeakageReport report = null!;
        foreach (var pass in new[] { "cold", "warm" })
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            signatures = ImageSignatureReader.Read(streamer, subset, Enumerable.Range(0, subset.Items.Count).ToArray());
            var signing = clock.Elapsed.TotalSeconds;
            var signingCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            report = LeakageAudit.Run(subset, split, signatures, options, signing);
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            Console.WriteLine(Invariant($"{pass}: {subset.Items.Count} images ({split.Train.Count} train, {split.Test.Count} test): signatures {signing:0.000} s wall ({signingCpu:0.000} s CPU), search {report.Seconds - signing:0.000} s wall ({cpuSeconds - signingCpu:0.000} s CPU), total {report.Seconds:0.000} s wall, {cpuSeconds:0.000} s CPU; {report.Candidates} candidates"));
        }

        Console.WriteLine(Invariant($"leaked test images: {report.ExactLeaks} exact, {report.NearLeaks} near; within train {report.WithinTrain}; within test {report.WithinTest}"));
        foreach (var leak in report.Leaked.Take(10))
        {
            Console.WriteLine(Invariant($"  {leak.Kind} {leak.TestId} ~ {leak.TrainId}: distance {leak.HashDistance}, r = {leak.Correlation:0.0000}"));
        }

        Distinct(signatures, split, subset, options);
        Planted(subset, split.Test.Take(planted).ToArray(), streamer, options);
        return 0;
    }

    /// <summary>The distinct train/test pairs (exact twins and confirmed near duplicates left out): how close their hashes and copies come.</summary>
    private static void Distinct(ImageSignatures signatures, DataSplit split, ImageDataset dataset, LeakageAuditOptions options)
    {
        var finder = new DuplicateFinder(signatures, options);
        var candidates = new List<(double R, double G, int Distance, int Train, int Test)>();
        foreach (var test in split.Test)
        {
            foreach (var train in split.Train)
            {
                var distance = System.Numerics.BitOperations.PopCount(signatures.PerceptualHashes[train] ^ signatures.PerceptualHashes[test]);
                if (distance <= options.MaxHashDistance && signatures.ContentHashes[train] != signatures.ContentHashes[test])
                {
                    candidates.Add((finder.Correlation(train, test), finder.GradientCorrelation(train, test), distance, train, test));
                }
            }
        }

        var correlated = candidates.Where(c => c.R >= options.MinCorrelation).ToArray();
        Console.WriteLine(Invariant($"train/test candidates (pHash distance <= {options.MaxHashDistance}, not exact): {candidates.Count}; r >= {options.MinCorrelation}: {correlated.Length}; of these gradient r >= {options.MinGradientCorrelation} (flagged): {correlated.Count(c => c.G >= options.MinGradientCorrelation)}; gradient r of the r-passing pairs: max {(correlated.Length == 0 ? 0 : correlated.Max(c => c.G)):0.0000}"));
        foreach (var pair in correlated.OrderByDescending(p => p.G).Take(8))
        {
            Console.WriteLine(Invariant($"  r = {pair.R:0.0000}, gradient r = {pair.G:0.0000}, distance {pair.Distance}: {dataset.Items[pair.Test].Id} ({dataset.ClassNames[dataset.Items[pair.Test].Label]}) ~ {dataset.Items[pair.Train].Id} ({dataset.ClassNames[dataset.Items[pair.Train].Label]})"));
        }
    }

    /// <summary>Planted near duplicates of <paramref name="sources"/>: their hash distance and correlations to the original.</summary>
    private static void Planted(ImageDataset dataset, IReadOnlyList<int> sources, ImageStreamer streamer, LeakageAuditOptions options)
    {
        var variants = new (string Name, Func<Mat, ImageLocation> Make)[]
        {
            ("jpeg q75", image => Jpeg(image, 75)),
            ("jpeg q50", image => Jpeg(image, 50)),
            ("resize 0.8x", image => Resized(image, 0.8)),
            ("resize 1.25x", image => Resized(image, 1.25)),
            ("brightness +25", image => Shifted(image, 25)),
            ("brightness -25", image => Shifted(image, -25)),
        };
        using var originals = DecodedImages.Read(streamer, dataset, sources, ImageReadMode.Color);
        var items = new List<DatasetItem>();
        foreach (var source in sources)
        {
            items.Add(new DatasetItem($"{source}", new PixelImageLocation($"{source}", originals[source]!.Width, originals[source]!.Height, 3, Bytes(originals[source]!)), 0, null));
            foreach (var (name, make) in variants)
            {
                items.Add(new DatasetItem($"{source} {name}", make(originals[source]!), 0, null));
            }
        }

        var planted = new ImageDataset("planted", "planted", "memory", ["x"], items, [], "planted");
        var signatures = ImageSignatureReader.Read(streamer, planted, Enumerable.Range(0, items.Count).ToArray());
        var finder = new DuplicateFinder(signatures, options);
        var stride = variants.Length + 1;
        for (var v = 0; v < variants.Length; v++)
        {
            var pairs = Enumerable.Range(0, sources.Count).Select(s => (
                Distance: System.Numerics.BitOperations.PopCount(signatures.PerceptualHashes[s * stride] ^ signatures.PerceptualHashes[(s * stride) + v + 1]),
                R: finder.Correlation(s * stride, (s * stride) + v + 1),
                G: finder.GradientCorrelation(s * stride, (s * stride) + v + 1))).ToArray();
            var r = pairs.Select(p => p.R).Order().ToArray();
            var g = pairs.Select(p => p.G).Order().ToArray();
            var d = pairs.Select(p => p.Distance).Order().ToArray();
            var found = pairs.Count(p => p.Distance <= options.MaxHashDistance && p.R >= options.MinCorrelation && p.G >= options.MinGradientCorrelation);
            Console.WriteLine(Invariant($"{variants[v].Name}: found {found}/{sources.Count}; r min {r[0]:0.0000}, median {r[r.Length / 2]:0.0000}; gradient r min {g[0]:0.0000}, median {g[g.Length / 2]:0.0000}; distance median {d[d.Length / 2]}, max {d[^1]}"));
        }
    }

    private static EncodedImageLocation Jpeg(Mat image, int quality)
    {
        Cv2.ImEncode(".jpg", image, out var bytes, new ImageEncodingParam(ImwriteFlags.JpegQuality, quality));
        return new EncodedImageLocation(bytes, $"jpeg {quality}");
    }

    private static PixelImageLocation Resized(Mat image, double factor)
    {
        using var resized = new Mat();
        Cv2.Resize(image, resized, new Size(Math.Max(1, (int)Math.Round(image.Width * factor)), Math.Max(1, (int)Math.Round(image.Height * factor))), 0, 0, factor < 1 ? InterpolationFlags.Area : InterpolationFlags.Linear);
        return new PixelImageLocation("resized", resized.Width, resized.Height, 3, Bytes(resized));
    }

    private static PixelImageLocation Shifted(Mat image, int delta)
    {
        using var shifted = new Mat();
        image.ConvertTo(shifted, MatType.CV_8UC3, 1, delta);
        return new PixelImageLocation("shifted", shifted.Width, shifted.Height, 3, Bytes(shifted));
    }

    private static byte[] Bytes(Mat image)
    {
        using var copy = image.Clone();
        var bytes = new byte[copy.Total() * copy.ElemSize()];
        System.Runtime.InteropServices.Marshal.Copy(copy.Data, bytes, 0, bytes.Length);
        return bytes;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
