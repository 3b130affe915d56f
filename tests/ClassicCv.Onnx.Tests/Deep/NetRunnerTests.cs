using ClassicCv.Datasets.Readers;
using ClassicCv.Onnx.Deep;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.TestSupport;

namespace ClassicCv.Onnx.Tests.Deep;

public sealed class NetRunnerTests
{
    [Fact]
    public void Given_more_images_than_one_chunk_When_running_a_network_Then_outputs_keep_the_item_order_and_progress_counts_the_whole_pass()
    {
        using var folder = new TempFolder();
        IdxFiles.WriteDataset(folder.Path, trainCount: 600, testCount: 1, classes: 2, size: 1, gzip: false);
        var dataset = new IdxReader().Read(folder.Path);
        // One output: the image's only pixel.
        var model = TinyOnnxModels.WriteLinear(folder.File("net.onnx"), 1, 1, 1, new float[,] { { 1 } }, [0]);
        using var net = FixedBatchNet.FromOnnx(model, 4, 1, 1, 1);
        var preprocessor = new ImagePreprocessor(new NetInput(1, 1, 1, ChannelOrder.Rgb, 1f, [0f], [1f]));
        var recorder = new ProgressRecorder();
        var items = Enumerable.Range(0, 600).Reverse().ToArray();

        var outputs = NetRunner.Run(net, preprocessor, dataset, items, new ImageStreamer(2) { Progress = recorder });

        Assert.Equal(items.Select(i => (float)(i * 7 % 256)), outputs);
        var reports = recorder.Reports.ToArray();
        Assert.All(reports, r => Assert.Equal(600, r.Total));
        Assert.Single(reports, r => r.Done == r.Total);
    }
}
