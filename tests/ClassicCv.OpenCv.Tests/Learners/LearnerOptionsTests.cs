using ClassicCv.Learning;
using ClassicCv.OpenCv.Learners;
using ClassicCv.OpenCv.Transforms;

namespace ClassicCv.OpenCv.Tests.Learners;

/// <summary>The OpenCV learners' typed options: documented defaults, refused out of range with a message.</summary>
public sealed class LearnerOptionsTests
{
    [Fact]
    public void Given_no_options_When_creating_the_learners_Then_they_take_the_documented_defaults()
    {
        var rbf = new RbfSvmLearner();
        var forest = new RandomForestLearner();
        var knn = new KnnLearner();
        var rff = new RandomFourierFeatures();

        Assert.Equal((10.0, (double?)null, 1e-3), (rbf.Options.C, rbf.Options.Gamma, rbf.Options.Tolerance));
        Assert.Equal((100, RandomForestLearner.DefaultDepth, 0, 2, 42), (forest.Options.Trees, forest.Options.MaxDepth, forest.Options.FeaturesPerSplit, forest.Options.MinSamplesSplit, forest.Options.Seed));
        Assert.Equal((5, KnnDistance.Euclidean), (knn.Options.K, knn.Options.Distance));
        Assert.Equal((2000, (double?)null, 42), (rff.Options.Components, rff.Options.Gamma, rff.Options.Seed));
    }

    public static TheoryData<Func<object>, string> OutOfRange => new()
    {
        { () => new RbfSvmLearner(new() { C = 0 }), "RbfSvmOptions.C is 0; expected a finite number > 0." },
        { () => new RbfSvmLearner(new() { Gamma = double.PositiveInfinity }), "RbfSvmOptions.Gamma is Infinity; expected a finite number > 0." },
        { () => new RbfSvmLearner(new() { Tolerance = -1 }), "RbfSvmOptions.Tolerance is -1; expected a finite number > 0." },
        { () => new RandomForestLearner(new() { Trees = 0 }), "RandomForestOptions.Trees is 0; expected a whole number from 1 to 10000." },
        { () => new RandomForestLearner(new() { MaxDepth = 26 }), "RandomForestOptions.MaxDepth is 26; expected a whole number from 1 to 25." },
        { () => new RandomForestLearner(new() { FeaturesPerSplit = -1 }), "RandomForestOptions.FeaturesPerSplit is -1; expected a whole number ≥ 0." },
        { () => new KnnLearner(new() { K = 0 }), "KnnOptions.K is 0; expected a whole number ≥ 1." },
        { () => new KnnLearner(new() { Distance = (KnnDistance)9 }), "KnnOptions.Distance is 9; expected one of Euclidean, Cosine." },
        { () => new RandomFourierFeatures(new() { Components = 0 }), "RandomFourierFeaturesOptions.Components is 0; expected a whole number from 1 to 100000." },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Given_an_out_of_range_option_When_creating_Then_the_message_names_the_option_the_value_and_the_range(Func<object> create, string expected)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(create);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_options_When_creating_Then_the_learner_reports_them_as_hyperparameters()
    {
        ILearner forest = new RandomForestLearner(new() { Trees = 7, FeaturesPerSplit = 0 });

        Assert.Equal("7", forest.Hyperparameters["trees"]);
        Assert.Equal("sqrt", forest.Hyperparameters["features"]);
    }
}
