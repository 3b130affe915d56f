using System.Globalization;

namespace ClassicCv.Cli.Tests.Commands;

/// <summary>Checks that <c>classiccv predict</c> on a model saved by a run (a network or a feature pipeline) gives the run's predictions.</summary>
internal static class SavedModelPredictions
{
    /// <summary>Predicts the run's test images of <paramref name="pipeline"/> with the saved <paramref name="model"/> and asserts every class and score equals <c>predictions.csv</c>'s.</summary>
    /// <param name="report">The run's report folder.</param>
    /// <param name="pipeline">The row, e.g. <c>image/cnn</c>.</param>
    /// <param name="model">The saved model folder.</param>
    /// <param name="csv">Where predict writes its CSV.</param>
    public static void AssertReproduced(string report, string pipeline, string model, string csv)
    {
        var expected = File.ReadLines(Path.Combine(report, "predictions.csv")).Skip(1).Select(line => line.Split(','))
            .Where(cells => cells[3] == pipeline).ToDictionary(cells => cells[1], cells => (Class: cells[4], Score: double.Parse(cells[5], CultureInfo.InvariantCulture)));
        var predict = CliRun.Of(["predict", "--model", model, "--out", csv, .. expected.Keys]);

        Assert.True(predict.ExitCode == 0, predict.Error + predict.Output);
        var predicted = File.ReadAllLines(csv).Skip(1).Select(line => line.Split(',')).ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, predicted.Length);
        foreach (var cells in predicted)
        {
            Assert.Equal(expected[cells[0]].Class, cells[1]);
            Assert.Equal(expected[cells[0]].Score, double.Parse(cells[2], CultureInfo.InvariantCulture), 5);
        }
    }
}
