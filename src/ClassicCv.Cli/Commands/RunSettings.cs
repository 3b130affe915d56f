using System.ComponentModel;
using ClassicCv.Configuration;
using Spectre.Console.Cli;

namespace ClassicCv.Cli.Commands;

/// <summary>Options of <c>classiccv run</c>.</summary>
internal sealed partial class RunSettings : DatasetSettings
{
    [CommandOption("--config <FILE>")]
    [Description("An experiment file (YAML or JSON, written by classiccv init or found in every report folder as experiment.yaml) whose keys are this command's long option names; options given beside it override the file's.")]
    public string? Config { get; init; }

    [CommandOption("--resume <FOLDER>")]
    [Description("Finish a run that was killed or failed part-way: FOLDER is its working folder (<out>/.RUNID.partial, named in the run's last message). Its experiment is read from FOLDER/experiment.yaml; every pipeline that had finished is loaded instead of trained, the rest run, and the report is written to <out>/RUNID as if the run had never stopped.")]
    public string? Resume { get; init; }

    [CommandOption("-f|--features <LIST>")]
    [Description("Comma-separated feature pipelines, each optionally with [[key=value,...]] parameters and several joined by + to concatenate them: hog, raw, color-hist, lbp, sift-bovw, fisher, vlad, kmeans-patches, resnet18 (e.g. hog[[cell=4,block=2]],hog+color-hist+lbp); or parquet:DIR, the verified parts of a sharded extract (classiccv shards verify DIR), trained and evaluated on the split they were extracted with.")]
    [DefaultValue("hog,raw,resnet18[size=64,flip=false]")]
    public string Features { get; init; } = "hog,raw,resnet18[size=64,flip=false]";

    [CommandOption("-c|--classifiers <LIST>")]
    [Description("Comma-separated classifiers, each optionally with [[key=value,...]]: knn, linear-svm, logistic-regression, random-forest, rbf-svm, rff-svm. Several values separated by | (linear-svm[[C=0.01|0.1|1]]) run a grid search with stratified k-fold cross-validation on the training split.")]
    [DefaultValue("linear-svm,logistic-regression")]
    public string Classifiers { get; init; } = "linear-svm,logistic-regression";

    [CommandOption("--transforms <LIST>")]
    [Description("Comma-separated feature transforms applied in order, each fitted on the training split only: standardize, l2, pca[[components=N or a kept-variance fraction such as 0.95]]; or none.")]
    [DefaultValue("standardize")]
    public string Transforms { get; init; } = "standardize";

    [CommandOption("--deep <LIST>")]
    [Description("Comma-separated end-to-end networks run by OpenCV DNN: cnn[[width=32,padding=1,dropout=0.25,epochs=15,batch=64,lr=0.001,schedule=onecycle|cosine|constant,size=WxH,channels=1|3,validation=0.1,patience=3,augment=none,tta=false,threads=1]] (trained with TorchSharp, written to <out>/models/ as ONNX), resnet18-finetune[[size=64,epochs=5,batch=32,lr=0.001,backbone-lr=0.0001,schedule=onecycle|cosine|constant,weight-decay=0.01,freeze=none|stem|stage1..stage4,validation=0.1,patience=3,augment=crop,label-smoothing=0.1,tta=false,threads=1]] (the shipped ImageNet ResNet-18 fine-tuned, exported to ONNX; augment: none or crop+flip+rotate+jitter, any of them), onnx:PATH[[size=WxH,channels=1|3,order=rgb|bgr,scale=S,mean=M;M;M,std=S;S;S,labels=a;b;...,batch=N]] (options may also come from PATH's .json file); none for no network.")]
    [DefaultValue("cnn")]
    public string Deep { get; init; } = "cnn";

    [CommandOption("-o|--out <FOLDER>")]
    [Description("Reports root: the run is written to <FOLDER>/<run-id>/.")]
    [DefaultValue("reports")]
    public string Out { get; init; } = "reports";

    [CommandOption("-q|--quiet")]
    [Description("Print only the results table and the report path.")]
    public bool Quiet { get; init; }

    [CommandOption("-v|--verbose")]
    [Description("Also print each pipeline's confidence interval, kappa and costs, and every report file written.")]
    public bool Verbose { get; init; }

    [CommandOption("--max-train-per-class <N>")]
    [Description("Train on at most N images of each class (a seeded, stratified subset of the training split); the test split is unchanged.")]
    public string? MaxTrainPerClass { get; init; }

    /// <summary>The per-class training cap, validated (≥ 1), or <c>null</c> for no cap.</summary>
    public int? MaxTrainPerClassValue => MaxTrainPerClass is null ? null : OptionValues.Int("--max-train-per-class", MaxTrainPerClass, minimum: 1);

    [CommandOption("--cv-folds <K>")]
    [Description("Folds of the stratified k-fold cross-validation a grid search runs on the training split.")]
    [DefaultValue("5")]
    public string CvFolds { get; init; } = "5";

    /// <summary>The fold count, validated (≥ 2).</summary>
    public int CvFoldsValue => OptionValues.Int("--cv-folds", CvFolds, minimum: 2);

    [CommandOption("--save-models")]
    [Description("Save every trained pipeline (extractor settings, fitted transforms, classifier, class names) in <run>/models/<pipeline>/, for classiccv predict.")]
    public bool SaveModels { get; init; }

    [CommandOption("--strict")]
    [Description("Refuse (exit 2) instead of warning when a class has test images but no training images, so its images can never be predicted right.")]
    public bool Strict { get; init; }

    [CommandOption("--search")]
    [Description("Grid-search every classifier over its default grid (linear-svm C, logistic-regression C, rbf-svm C, random-forest depth, knn k) for the parameters not given inline.")]
    public bool Search { get; init; }

    [CommandOption("--calibration <METHOD>")]
    [Description("How classifiers whose scores are margins (linear-svm, rbf-svm, rff-svm) get probabilities, fitted on held-out scores of cross-fitted folds of the training split: multinomial (logistic regression over the score vector, ML.NET L-BFGS), temperature (softmax of the scores over one fitted T), platt or isotonic (ML.NET's one-vs-rest calibrators), or none.")]
    [DefaultValue("multinomial")]
    public string Calibration { get; init; } = "multinomial";

    [CommandOption("--calibration-folds <K>")]
    [Description("Cross-fitting folds of the calibrators (each fold trains the classifier once more on the rest of the training split); auto: 2 for linear-svm and rff-svm, 5 for rbf-svm.")]
    [DefaultValue("auto")]
    public string CalibrationFolds { get; init; } = "auto";

    /// <summary>The calibration fold count, validated (≥ 2), or <c>null</c> for <c>auto</c> (each learner's own count).</summary>
    public int? CalibrationFoldsValue => CalibrationFolds.Trim().Equals("auto", StringComparison.OrdinalIgnoreCase) ? null : OptionValues.Int("--calibration-folds", CalibrationFolds, minimum: 2);

    [CommandOption("--gallery-maps <N>")]
    [Description("Occlusion maps in the report: for the first N misclassified images of every pipeline and for N images of each side of the classical-vs-deep disagreement gallery; 0 for none.")]
    [DefaultValue("4")]
    public string GalleryMaps { get; init; } = "4";

    /// <summary>The number of occlusion maps per gallery, validated (≥ 0).</summary>
    public int GalleryMapsValue => OptionValues.Int("--gallery-maps", GalleryMaps, minimum: 0);

    [CommandOption("--augment <LIST>")]
    [Description("Training augmentation for the classical pipelines: flip also trains each on the features of the left–right mirror of every training image (never a test image), extracted once per features and cached; none for none. Networks take augment=... inside --deep.")]
    [DefaultValue("none")]
    public string Augment { get; init; } = "none";

    [CommandOption("--tta")]
    [Description("Test-time flips: every classical pipeline and every trained network (cnn, resnet18-finetune) also gets a row NAME+tta that scores each test image as the mean of its own and its left-right mirror's scores.")]
    public bool Tta { get; init; }

    [CommandOption("--corruptions <LIST>")]
    [Description("Robustness study after training: every pipeline measured on corrupted copies of the test images. Comma-separated corruptions, or all: gaussian-noise, shot-noise, impulse-noise, gaussian-blur, motion-blur, jpeg, pixelate, contrast, brightness, rotation, each optionally with [[severity=1|3|5]] (default all five). Writes robustness.csv and robustness_summary.csv.")]
    public string Corruptions { get; init; } = "";

    [CommandOption("--robustness-test-cap <N>")]
    [Description("Corrupt at most N test images (a seeded, stratified subset) in the --corruptions study.")]
    public string? RobustnessTestCap { get; init; }

    /// <summary>The robustness test cap, validated (≥ 1), or <c>null</c> for the whole test split.</summary>
    public int? RobustnessTestCapValue => RobustnessTestCap is null ? null : OptionValues.Int("--robustness-test-cap", RobustnessTestCap, minimum: 1);

    [CommandOption("--learning-curve <SIZES>")]
    [Description("Learning curve: every pipeline trained again on nested, seeded, stratified subsets of the training split and tested on the same test split. Comma-separated training images per class, fractions of each class (0.25) or all, e.g. 10,50,200,all. Writes learning_curve.csv; the report states the crossover.")]
    public string LearningCurve { get; init; } = "";
}
