using ClassicCv.Configuration;
using ClassicCv.Datasets;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.Splitting;
using ClassicCv.Torch.Cnn;
using OpenCvSharp;

namespace ClassicCv.Torch.Tests.Cnn;

/// <summary><c>cnn[class-weight=...]</c>: the weights reach the cross-entropy loss and the settings.</summary>
public sealed class CnnClassWeightTests
{
    [Fact]
    public void Given_balanced_weights_on_an_imbalanced_set_When_training_Then_the_rare_class_gets_a_larger_logit_margin_and_the_weights_are_recorded()
    {
        using var folder = new TempFolder();
        var dataset = WriteDataset(folder);
        var items = Enumerable.Range(0, dataset.Items.Count).ToArray();

        var (plainRare, _) = RareProbability(null, dataset, items, folder);
        var (weightedRare, settings) = RareProbability("cnn[class-weight=balanced]", dataset, items, folder);

        Assert.True(weightedRare > plainRare, $"mean logit margin of 'rare': {plainRare} unweighted, {weightedRare} balanced");
        Assert.Equal("balanced", settings["class_weight"]);
        Assert.Equal("common:0.5556;rare:5", settings["class_weights"]);   // 20 images: 20 / (2 × 18), 20 / (2 × 2)
    }

    private static (double Rare, IReadOnlyDictionary<string, string> Settings) RareProbability(string? classWeight, ImageDataset dataset, int[] items, TempFolder folder)
    {
        var trainer = new CnnTrainer(new CnnOptions { Width = 2, Epochs = 4, BatchSize = 8, LearningRate = 0.01, Validation = 0, ClassWeightSpec = classWeight is null ? null : ComponentSpec.Parse(classWeight, "deep model") }, 3, folder.File("models"), new ImageStreamer(1));
        using var trained = trainer.Prepare(dataset, new DataSplit(items, [], "every image")).Train(items);
        var scores = trained.Classifier.Predict(dataset, items).Scores!;
        return (items.Average(i => scores[(i * 2) + 1] - scores[i * 2]), trained.Settings);   // the rare class's logit margin
    }

    /// <summary>18 "common" images with a horizontal line, 2 "rare" with a vertical one, 12 × 12 px.</summary>
    private static ImageDataset WriteDataset(TempFolder folder)
    {
        var items = new List<DatasetItem>();
        for (var n = 0; n < 20; n++)
        {
            var label = n < 18 ? 0 : 1;
            using var image = new Mat(12, 12, MatType.CV_8UC1, new Scalar(20));
            if (label == 0)
            {
                Cv2.Line(image, new Point(1, 3 + (n % 6)), new Point(10, 3 + (n % 6)), new Scalar(255));
            }
            else
            {
                Cv2.Line(image, new Point(3 + (n % 6), 1), new Point(3 + (n % 6), 10), new Scalar(255));
            }

            var path = folder.File($"{label}-{n}.png");
            Cv2.ImWrite(path, image);
            items.Add(new DatasetItem($"{label}/{n}", new FileImageLocation(path), label, null));
        }

        return new ImageDataset("lines", folder.Path, "test", ["common", "rare"], items, [], "lines");
    }
}
