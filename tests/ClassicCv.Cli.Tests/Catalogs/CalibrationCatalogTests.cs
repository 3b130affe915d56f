using System.Text.Json;
using ClassicCv.Catalogs;
using ClassicCv.Datasets;
using ClassicCv.Errors;
using ClassicCv.Evaluation;
using ClassicCv.Experiments;
using ClassicCv.Features.Transforms;
using ClassicCv.MlNet.Calibration;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.OpenCv.Pipelines;
using ClassicCv.Splitting;
using ClassicCv.TestSupport;

namespace ClassicCv.Cli.Tests.Catalogs;

public sealed class CalibrationCatalogTests
{
    [Theory]
    [InlineData("platt")]
    [InlineData("temperature")]
    [InlineData("multinomial")]
    public void Given_one_training_split_and_two_different_test_splits_When_running_Then_the_calibrators_are_identical_because_they_never_see_test_images(string method)
    {
        using var folder = new TempFolder();
        CornerImages.WriteFolder(folder.Path, 30, seed: 8);
        var dataset = new DatasetResolver("").Resolve(folder.Path);
        var split = new StratifiedHoldOut(0.5, 3).Split(dataset.Labels());
        var other = new DataSplit(split.Train, split.Test.Where((_, i) => i % 3 == 0).ToArray(), "a third of the test split");

        var first = Calibrator(dataset, split, method);
        var second = Calibrator(dataset, other, method);

        Assert.Equal(method, first.Method);
        if (first is OneVsRestCalibrator ovr)
        {
            Assert.Equal(2, ovr.Classes.Count);
        }

        Assert.Equal(JsonSerializer.Serialize(CalibrationFile.Of(first)), JsonSerializer.Serialize(CalibrationFile.Of(second)));
    }

    [Fact]
    public void Given_learners_When_wrapping_Then_only_margin_learners_are_calibrated_and_an_unknown_method_is_a_user_error()
    {
        var learners = ClassifierCatalog.Parse("linear-svm,logistic-regression,rbf-svm", 1);

        var wrapped = CalibrationCatalog.Wrap(learners, "isotonic", 3, 1);

        Assert.IsType<CalibratedLearner>(wrapped[0]);
        Assert.Same(learners[1], wrapped[1]);
        Assert.Equal(CalibrationMethod.Isotonic, Assert.IsType<CalibratedLearner>(wrapped[2]).Method);
        Assert.Equal(learners, CalibrationCatalog.Wrap(learners, "none", 3, 1));
        var auto = CalibrationCatalog.Wrap(learners, "multinomial", null, 1);
        Assert.Equal([2, 5], auto.OfType<CalibratedLearner>().Select(l => l.Folds));
        Assert.Equal("5", auto[2].Hyperparameters["calibration_folds"]);
        var error = Assert.Throws<UserInputException>(() => CalibrationCatalog.Wrap(learners, "sigmoid", 3, 1));
        Assert.Contains("platt, isotonic, multinomial, temperature, none", error.Message, StringComparison.Ordinal);
    }

    private static IScoreCalibrator Calibrator(ImageDataset dataset, DataSplit split, string method)
    {
        var streamer = new ImageStreamer(2);
        var learner = CalibrationCatalog.Wrap(ClassifierCatalog.Parse("linear-svm", 4), method, 3, 4).Single();
        var trainer = new FeaturePipelineTrainer(FeatureCatalog.ParseOne("hog"), [new Standardizer()], learner, new FeatureStore(streamer, 4), streamer);
        IScoreCalibrator? calibrators = null;
        var runner = new ExperimentRunner(new Quiet(), new EvaluationOptions(4))
        {
            Finished = (_, classifiers) => calibrators = ((CalibratedModel)((FeaturePipelineClassifier)classifiers.Single()).Model).Calibrator,
        };
        var outcome = runner.Run(dataset, split, [trainer]);
        Assert.Equal(method, outcome.Results.Single().Statistics!.Calibration!.Method);
        return calibrators!;
    }

    private sealed class Quiet : IExperimentObserver
    {
        public void StageStarted(string description)
        {
        }

        public void PipelineFinished(PipelineResult result)
        {
        }
    }
}
