using ClassicCv.OpenCv.Features;

namespace ClassicCv.Runs;

/// <summary>
/// Builds an <see cref="Experiment"/> step by step, e.g.
/// <c>Experiment.On("digits").Features("hog", "raw").Classifiers("linear-svm").NoNetworks().Seed(7).Build()</c>.
/// Each step returns the builder; <see cref="Build"/> checks the ranges and returns the immutable value.
/// </summary>
public sealed class ExperimentBuilder
{
    private Experiment _experiment;

    /// <summary>Starts from <paramref name="start"/>.</summary>
    /// <param name="start">The experiment to change.</param>
    public ExperimentBuilder(Experiment start)
    {
        ArgumentNullException.ThrowIfNull(start);
        _experiment = start;
    }

    /// <summary>The feature pipelines, each in the feature catalog's text form (e.g. <c>hog[cell=4]</c>, <c>hog+lbp</c>).</summary>
    /// <param name="features">One entry per pipeline; none for networks only.</param>
    public ExperimentBuilder Features(params string[] features) => Set(_experiment with { Features = string.Join(',', features) });

    /// <summary>
    /// The feature pipelines as specs built from typed options (e.g. <c>new HogSpec(new HogOptions { Cell = 4 })</c>).
    /// Each is kept by its <see cref="IFeatureExtractorSpec.Name"/>, the canonical text the feature catalog reads back
    /// to the same options (<c>hog[cell=4]</c>), so <c>experiment.yaml</c> reproduces it; a spec of your own type must
    /// therefore be named in the catalog's text form.
    /// </summary>
    /// <param name="features">One spec per pipeline (a <see cref="CompositeSpec"/> concatenates several).</param>
    public ExperimentBuilder Features(params IFeatureExtractorSpec[] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        return Features(features.Select(feature => feature.Name).ToArray());
    }

    /// <summary>The classifiers, each in the classifier catalog's text form (e.g. <c>linear-svm[C=0.01]</c>).</summary>
    /// <param name="classifiers">One entry per classifier.</param>
    public ExperimentBuilder Classifiers(params string[] classifiers) => Set(_experiment with { Classifiers = string.Join(',', classifiers) });

    /// <summary>The transforms, applied in order (e.g. <c>standardize</c>, <c>pca[components=0.95]</c>); none for no transform.</summary>
    /// <param name="transforms">One entry per transform.</param>
    public ExperimentBuilder Transforms(params string[] transforms) => Set(_experiment with { Transforms = transforms.Length == 0 ? "none" : string.Join(',', transforms) });

    /// <summary>The end-to-end networks (e.g. <c>cnn[epochs=5]</c>, <c>resnet18-finetune</c>, <c>onnx:model.onnx</c>).</summary>
    /// <param name="networks">One entry per network.</param>
    public ExperimentBuilder Networks(params string[] networks) => Set(_experiment with { Deep = networks.Length == 0 ? "none" : string.Join(',', networks) });

    /// <summary>No end-to-end network: classical pipelines (and embeddings) only.</summary>
    public ExperimentBuilder NoNetworks() => Networks();

    /// <summary>The seed of every random step.</summary>
    /// <param name="seed">Any whole number.</param>
    public ExperimentBuilder Seed(int seed) => Set(_experiment with { Seed = seed });

    /// <summary>The held-out fraction of each class.</summary>
    /// <param name="fraction">Strictly between 0 and 1.</param>
    public ExperimentBuilder TestFraction(double fraction) => Set(_experiment with { TestFraction = fraction });

    /// <summary>Train on at most <paramref name="images"/> images of each class.</summary>
    /// <param name="images">At least 1.</param>
    public ExperimentBuilder MaxTrainPerClass(int images) => Set(_experiment with { MaxTrainPerClass = images });

    /// <summary>Save every trained contender in the report's <c>models/</c> folder.</summary>
    public ExperimentBuilder SaveModels() => Set(_experiment with { SaveModels = true });

    /// <summary>Any other change, e.g. <c>.With(e => e with { Corruptions = "all", LearningCurve = "10,50,all" })</c>.</summary>
    /// <param name="change">Returns the changed experiment.</param>
    public ExperimentBuilder With(Func<Experiment, Experiment> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return Set(change(_experiment));
    }

    /// <summary>The experiment, its ranges checked.</summary>
    /// <exception cref="Errors.UserInputException">A member is out of its range.</exception>
    public Experiment Build()
    {
        _experiment.Validate();
        return _experiment;
    }

    private ExperimentBuilder Set(Experiment experiment)
    {
        _experiment = experiment;
        return this;
    }
}
