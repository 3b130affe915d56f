using ClassicCv.Datasets.Readers;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.Splitting;
using ClassicCv.TestSupport;
using ClassicCv.Torch.Cnn;
using ClassicCv.Torch.TestTime;

namespace ClassicCv.Torch.Tests.TestTime;

public sealed class TestTimeFlipTrainerTests
{
    [Fact]
    public void Given_a_cnn_and_its_tta_row_When_the_tta_row_trains_after_the_cnn_Then_it_scores_the_same_network_and_no_trainer_changes()
    {
        using var folder = new TempFolder();
        SyntheticImages.WriteFolder(folder.File("data"), ["flat", "steep"], perClass: 6, size: 16, seed: 2);
        var dataset = new ImageFolderReader().Read(folder.File("data"));
        var split = new StratifiedHoldOut(0.25, 3).Split(dataset.Labels());
        var cnn = new CnnTrainer(new CnnOptions { Width = 2, Epochs = 1, BatchSize = 4, Validation = 0 }, 3, folder.File("models"), new ImageStreamer(1));
        var tta = new TestTimeFlipTrainer(cnn);
        var given = cnn.Settings.ToArray();

        var preparedCnn = cnn.Prepare(dataset, split);
        var preparedTta = tta.Prepare(dataset, split);
        using var network = preparedCnn.Train(split.Train);
        using var flipped = preparedTta.Train(split.Train);

        Assert.Equal(network.Settings["model"], flipped.Settings["model"]);   // reused, not trained again
        Assert.Single(Directory.GetFiles(folder.File("models"), "*.onnx"));
        Assert.Equal(network.Settings.Keys.Append("tta"), flipped.Settings.Keys);
        Assert.Equal(given, cnn.Settings.ToArray());
        Assert.False(tta.Settings.ContainsKey("model"));
        Assert.Equal(split.Test.Count, flipped.Classifier.Predict(dataset, split.Test).Labels.Length);
    }

    [Fact]
    public void Given_a_tta_row_trained_before_its_network_row_When_training_Then_it_trains_the_network_itself()
    {
        using var folder = new TempFolder();
        SyntheticImages.WriteFolder(folder.File("data"), ["flat", "steep"], perClass: 6, size: 16, seed: 2);
        var dataset = new ImageFolderReader().Read(folder.File("data"));
        var split = new StratifiedHoldOut(0.25, 3).Split(dataset.Labels());
        var cnn = new CnnTrainer(new CnnOptions { Width = 2, Epochs = 1, BatchSize = 4, Validation = 0 }, 3, folder.File("models"), new ImageStreamer(1));

        using var flipped = new TestTimeFlipTrainer(cnn).Prepare(dataset, split).Train(split.Train);

        Assert.True(File.Exists(flipped.Settings["model"]));
        Assert.Equal("1", flipped.Settings["epochs_run"]);
        Assert.Equal(cnn.TrainedOn(dataset, split.Train)!.ModelPath, flipped.Settings["model"]);
    }
}
