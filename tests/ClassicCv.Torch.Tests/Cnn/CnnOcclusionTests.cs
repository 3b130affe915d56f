using ClassicCv.Datasets;
using ClassicCv.Evaluation.Calibration;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.Splitting;
using ClassicCv.TestSupport;
using ClassicCv.Torch.Cnn;

namespace ClassicCv.Torch.Tests.Cnn;

public sealed class CnnOcclusionTests
{
    [Fact]
    public void Given_a_cnn_trained_on_the_bright_corner_dataset_When_explaining_corner_images_Then_the_map_peaks_on_the_corner()
    {
        using var folder = new TempFolder();
        CornerImages.WriteFolder(folder.File("data"), 40, seed: 4);
        var dataset = new DatasetResolver("").Resolve(folder.File("data"));
        var split = new StratifiedHoldOut(0.25, 2).Split(dataset.Labels());
        var options = new CnnOptions { Width = 4, Epochs = 12, BatchSize = 8, LearningRate = 0.01, Validation = 0.15, Patience = 12 };
        var trainer = new CnnTrainer(options, 2, folder.File("models"), new ImageStreamer(2));
        using var trained = trainer.Prepare(dataset, split).Train(split.Train);
        var classifier = trained.Classifier;
        var peaks = CornerPeaks.Of(classifier, dataset, split.Test);

        Assert.All(peaks, p => Assert.True(CornerImages.Overlaps(p.Top, p.Left, 8), $"{p.Id}: peak at ({p.Top}, {p.Left})"));
        Assert.True(peaks.Count >= 7, $"only {peaks.Count} corner images were predicted as corner");
        var scaled = Assert.IsType<TemperatureScaledClassifier>(classifier);
        Assert.True(scaled.Temperature > 0);
        Assert.True(File.Exists(Path.ChangeExtension(trained.Settings["model"], ".json")));
    }
}
