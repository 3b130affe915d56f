using ClassicCv.Runs;

namespace ClassicCv.Cli.Commands;

/// <summary>The experiment and the run options that <c>classiccv run</c>'s options stand for.</summary>
internal sealed partial class RunSettings
{
    /// <summary>The experiment, every value parsed (messages name the option); its ranges are checked when it runs.</summary>
    public Experiment ToExperiment() => new()
    {
        Dataset = Dataset,
        Seed = SeedValue,
        TestFraction = TestFractionValue,
        GroupBy = GroupBy,
        Features = Features,
        Classifiers = Classifiers,
        Transforms = Transforms,
        Deep = Deep,
        MaxTrainPerClass = MaxTrainPerClassValue,
        CvFolds = CvFoldsValue,
        SaveModels = SaveModels,
        Strict = Strict,
        Search = Search,
        Calibration = Calibration,
        CalibrationFolds = CalibrationFoldsValue,
        GalleryMaps = GalleryMapsValue,
        Augment = Augment,
        Tta = Tta,
        Corruptions = Corruptions,
        RobustnessTestCap = RobustnessTestCapValue,
        LearningCurve = LearningCurve,
        Evaluation = Evaluation,
        LeakageAudit = LeakageAudit,
        DropLeaked = DropLeaked,
        SliceBy = SliceBy,
    };
}
