using ClassicCv.Features;
using ClassicCv.Learning;
using ClassicCv.Learning.Weighting;
using ClassicCv.OpenCv.Learners;

namespace ClassicCv.OpenCv.Tests.Learners;

/// <summary>class-weight on OpenCV's learners: the SVM's ClassWeights and the forest's Priors move predictions towards a rare class.</summary>
public sealed class ClassWeightedOpenCvLearnerTests
{
    public static TheoryData<string> Learners => ["rbf-svm", "random-forest"];

    private static ILearner Create(string name, ClassWeighting? weighting) => name == "rbf-svm"
        ? new RbfSvmLearner(new() { C = 1, Gamma = null, ClassWeighting = weighting })
        : new RandomForestLearner(new() { Trees = 50, MaxDepth = 4, FeaturesPerSplit = 0, MinSamplesSplit = 2, Seed = 5, ClassWeighting = weighting });

    [Theory]
    [MemberData(nameof(Learners))]
    public void Given_a_rare_overlapping_class_When_weights_are_balanced_Then_its_recall_rises(string name)
    {
        // Class 1 sits one noise σ from class 0; training keeps 160 of class 0 and 10 of class 1.
        var (all, allLabels) = SyntheticData.Blobs(seed: 21, classes: 2, perClass: 160, dims: 2, spacing: 1.2, noise: 1);
        var kept = Enumerable.Range(0, allLabels.Length).Where(i => allLabels[i] == 0 || i < 20).ToArray();
        var train = all.SelectRows(kept);
        var trainLabels = kept.Select(i => allLabels[i]).ToArray();
        var (test, testLabels) = SyntheticData.Blobs(seed: 22, classes: 2, perClass: 200, dims: 2, spacing: 1.2, noise: 1);

        var plain = MinorityRecall(Create(name, null), train, trainLabels, test, testLabels);
        var balanced = MinorityRecall(Create(name, ClassWeighting.Balanced), train, trainLabels, test, testLabels);

        Assert.True(balanced > plain + 0.15, $"{name}: minority recall {plain:0.000} unweighted, {balanced:0.000} balanced");
    }

    private static double MinorityRecall(ILearner learner, FeatureMatrix train, int[] trainLabels, FeatureMatrix test, int[] testLabels)
    {
        using var model = learner.Learn(train, trainLabels, 2);
        var predicted = model.Predict(test).Labels;
        var minority = Enumerable.Range(0, testLabels.Length).Where(i => testLabels[i] == 1).ToArray();
        return minority.Count(i => predicted[i] == 1) / (double)minority.Length;
    }
}
