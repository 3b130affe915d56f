using System.Collections.Concurrent;
using ClassicCv.Datasets;
using ClassicCv.Datasets.Readers;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.TestSupport;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Tests.Imaging;

public sealed class ImageStreamerTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private sealed class Counter : IDisposable
    {
        public static int Disposed;

        public void Dispose() => Interlocked.Increment(ref Disposed);
    }

    [Fact]
    public void Given_an_image_folder_with_a_truncated_png_When_streaming_Then_the_others_arrive_and_it_is_reported()
    {
        SyntheticImages.WriteFolder(_temp.Path, ["a", "b"], perClass: 3, size: 16);
        var victim = Path.Combine(_temp.Path, "b", "001.png");
        var bytes = File.ReadAllBytes(victim);
        File.WriteAllBytes(victim, bytes[..20]);
        var dataset = new ImageFolderReader().Read(_temp.Path);
        var seen = new ConcurrentBag<(int Position, int Width)>();

        var failed = new ImageStreamer(2).ForEach(dataset, Enumerable.Range(0, dataset.Items.Count).ToArray(), ImageReadMode.Grayscale,
            () => new Counter(), (_, position, image) => seen.Add((position, image.Width)));

        Assert.Equal(5, seen.Count);
        Assert.All(seen, s => Assert.Equal(16, s.Width));
        var (position, skipped) = Assert.Single(failed);
        Assert.Equal(victim, skipped.Path);
        Assert.Equal(victim, ((FileImageLocation)dataset.Items[position].Location).Path);
        Assert.Contains("could not be decoded", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_pass_streamed_in_two_parts_When_each_part_reports_Then_the_progress_counts_the_whole_pass_once()
    {
        IdxFiles.WriteDataset(_temp.Path, trainCount: 300, testCount: 10, classes: 2, size: 3, gzip: false);
        var dataset = new IdxReader().Read(_temp.Path);
        var recorder = new ProgressRecorder();
        var streamer = new ImageStreamer(2) { Progress = recorder };
        var items = Enumerable.Range(0, 300).ToArray();

        foreach (var (start, count) in new[] { (0, 200), (200, 100) })
        {
            streamer.PartOf(start, items.Length).ForEach(dataset, items[start..(start + count)], ImageReadMode.Grayscale, () => new Counter(), (_, _, _) => { });
        }

        var reports = recorder.Reports.ToArray();
        Assert.All(reports, r => Assert.Equal(300, r.Total));
        Assert.Equal(300, reports.Max(r => r.Done));
        Assert.Single(reports, r => r.Done == r.Total);
        Assert.Contains(reports, r => r.Done == 200);
        var silent = new ImageStreamer(2);
        Assert.Same(silent, silent.PartOf(0, 1));
    }

    [Fact]
    public void Given_a_gzipped_idx_file_When_streaming_out_of_order_Then_each_image_has_its_own_pixels()
    {
        IdxFiles.WriteDataset(_temp.Path, trainCount: 200, testCount: 10, classes: 2, size: 3, gzip: true);
        var dataset = new IdxReader().Read(_temp.Path);
        var items = Enumerable.Range(0, dataset.Items.Count).Reverse().ToArray();
        var firstPixel = new ConcurrentDictionary<int, byte>();

        var failed = new ImageStreamer(2).ForEach(dataset, items, ImageReadMode.Grayscale, () => new Counter(),
            (_, position, image) => firstPixel[items[position]] = image.At<byte>(0, 0));

        Assert.Empty(failed);
        Assert.Equal(210, firstPixel.Count);
        Assert.Equal((byte)(150 * 7 % 256), firstPixel[150]);
        Assert.Equal((byte)(3 * 7 % 256), firstPixel[203]);
    }

    [Fact]
    public void Given_a_grid_sheet_When_streaming_in_colour_Then_cells_are_cropped_with_three_channels()
    {
        using (var sheet = new Mat(4, 6, MatType.CV_8UC1, Scalar.All(0)))
        {
            sheet.Set(2, 3, (byte)200);
            Cv2.ImWrite(_temp.File("sheet.png"), sheet);
        }

        File.WriteAllText(_temp.File("dataset.json"), """{"format":"grid-sheet","image":"sheet.png","cellWidth":3,"cellHeight":2,"columns":2,"rows":2,"rowsPerClass":1,"classes":["x","y"]}""");
        var dataset = new GridSheetReader().Read(_temp.Path);
        var values = new ConcurrentDictionary<int, (int Channels, byte Corner)>();

        new ImageStreamer(1).ForEach(dataset, [0, 1, 2, 3], ImageReadMode.Color, () => new Counter(),
            (_, position, image) => values[position] = (image.Channels(), image.At<Vec3b>(0, 0).Item0));

        Assert.All(values.Values, v => Assert.Equal(3, v.Channels));
        Assert.Equal(200, values[3].Corner);
        Assert.Equal(0, values[2].Corner);
    }

    [Fact]
    public void Given_workers_When_streaming_Then_each_worker_state_is_disposed_and_opencv_threads_are_restored()
    {
        SyntheticImages.WriteFolder(_temp.Path, ["a", "b"], perClass: 70, size: 8);
        var dataset = new ImageFolderReader().Read(_temp.Path);
        var threads = Cv2.GetNumThreads();
        Counter.Disposed = 0;

        new ImageStreamer(2).ForEach(dataset, Enumerable.Range(0, dataset.Items.Count).ToArray(), ImageReadMode.Grayscale, () => new Counter(), (_, _, _) => { });

        Assert.Equal(2, Counter.Disposed);
        Assert.Equal(threads, Cv2.GetNumThreads());
    }
}
