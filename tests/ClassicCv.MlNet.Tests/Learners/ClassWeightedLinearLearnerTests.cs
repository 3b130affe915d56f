using ClassicCv.Features;
using ClassicCv.Learning;
using ClassicCv.Learning.Weighting;
using ClassicCv.MlNet.Learners;

namespace ClassicCv.MlNet.Tests.Learners;

/// <summary>class-weight on the ML.NET learners: balanced weights move the decision towards a rare class.</summary>
public sealed class ClassWeightedLinearLearnerTests
{
    public static TheoryData<string> Learners => ["linear-svm", "logistic-regression"];

    private static ILearner Create(string name, ClassWeighting? weighting) => name == "linear-svm"
        ? new LinearSvmLearner(new() { C = 0.1, MaxIterations = 100, Seed = 3, ClassWeighting = weighting })
        : new LogisticRegressionLearner(new() { C = 0.1, MaxIterations = 200, Seed = 3, ClassWeighting = weighting });

    [Theory]
    [MemberData(nameof(Learners))]
    public void Given_a_rare_overlapping_class_When_weights_are_balanced_Then_its_recall_rises_well_above_the_unweighted_one(string name)
    {
        // Two overlapping blobs: 200 training examples of class 0, 12 of class 1; tested on 200 of each.
        var (all, allLabels) = SyntheticData.Blobs(perClass: 200, classes: 2, spread: 1.2, seed: 11);
        var kept = Enumerable.Range(0, allLabels.Length).Where(i => allLabels[i] == 0 || i < 24).ToArray();
        var train = all.SelectRows(kept);
        var trainLabels = kept.Select(i => allLabels[i]).ToArray();
        var (test, testLabels) = SyntheticData.Blobs(perClass: 200, classes: 2, spread: 1.2, seed: 12);

        var plain = MinorityRecall(Create(name, null), train, trainLabels, test, testLabels);
        var balanced = MinorityRecall(Create(name, ClassWeighting.Balanced), train, trainLabels, test, testLabels);

        Assert.True(balanced > plain + 0.2, $"{name}: minority recall {plain:0.000} unweighted, {balanced:0.000} balanced");
    }

    [Fact]
    public void Given_class_weight_When_reading_hyperparameters_Then_the_weighting_is_named()
    {
        var learner = new LogisticRegressionLearner(new() { C = 0.1, MaxIterations = 200, Seed = 3, ClassWeighting = ClassWeighting.Explicit([1, 3], "a:1;b:3") });

        Assert.Equal("a:1;b:3", learner.Hyperparameters["class_weight"]);
        Assert.False(new LinearSvmLearner(new() { C = 0.1, MaxIterations = 100, Seed = 3 }).Hyperparameters.ContainsKey("class_weight"));
    }

    private static double MinorityRecall(ILearner learner, FeatureMatrix train, int[] trainLabels, FeatureMatrix test, int[] testLabels)
    {
        using var model = learner.Learn(train, trainLabels, 2);
        var predicted = model.Predict(test).Labels;
        var minority = Enumerable.Range(0, testLabels.Length).Where(i => testLabels[i] == 1).ToArray();
        return minority.Count(i => predicted[i] == 1) / (double)minority.Length;
    }
}
