using ClassicCv.Catalogs;
using ClassicCv.Errors;
using ClassicCv.Learning.Selection;
using ClassicCv.MlNet.Learners;
using ClassicCv.OpenCv.Learners;

namespace ClassicCv.Cli.Tests.Catalogs;

public sealed class ClassifierCatalogTests
{
    [Theory]
    [InlineData("linear-svm[C=0]", "C=0; expected a number > 0")]
    [InlineData("rbf-svm[C=-1]", "C=-1; expected a number > 0")]
    [InlineData("rbf-svm[gamma=0]", "gamma=0; expected a number > 0")]
    [InlineData("knn[k=0]", "k=0; expected a whole number ≥ 1")]
    [InlineData("knn[distance=manhattan]", "expected one of euclidean, cosine")]
    [InlineData("linear-svm[loss=log]", "loss=log; expected one of hinge, squared-hinge")]
    [InlineData("random-forest[depth=40]", "expected a whole number from 1 to 25")]
    [InlineData("random-forest[leaves=3]", "valid parameters: trees, depth, features, min-samples")]
    [InlineData("svm", "valid classifiers: knn, linear-svm, logistic-regression, random-forest, rbf-svm, rff-svm")]
    public void Given_a_bad_classifier_When_parsing_Then_the_message_lists_what_is_allowed(string list, string expected)
    {
        var error = Assert.Throws<UserInputException>(() => ClassifierCatalog.Parse(list, 42));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_grid_When_parsing_Then_it_becomes_a_grid_search()
    {
        var learner = Assert.Single(ClassifierCatalog.Parse("linear-svm[C=0.01|0.1|1]", 42, folds: 3));

        var search = Assert.IsType<GridSearchLearner>(learner);
        Assert.Equal("0.01|0.1|1", search.Hyperparameters["C"]);
        Assert.Equal("3-fold stratified", search.Hyperparameters["cv"]);
    }

    [Fact]
    public void Given_defaults_When_parsing_every_name_Then_each_builds_its_learner()
    {
        var learners = ClassifierCatalog.Parse("rbf-svm,random-forest,knn[k=3,distance=cosine]", 42);

        Assert.Equal("scale", Assert.IsType<RbfSvmLearner>(learners[0]).Hyperparameters["gamma"]);
        Assert.Equal(100, Assert.IsType<RandomForestLearner>(learners[1]).Options.Trees);
        Assert.Equal(KnnDistance.Cosine, Assert.IsType<KnnLearner>(learners[2]).Options.Distance);
    }

    [Fact]
    public void Given_search_When_parsing_Then_the_default_grid_fills_only_missing_parameters()
    {
        var searched = Assert.IsType<GridSearchLearner>(Assert.Single(ClassifierCatalog.Parse("knn[distance=cosine]", 42, defaultGrids: true)));
        var fixedK = Assert.Single(ClassifierCatalog.Parse("knn[k=7]", 42, defaultGrids: true));

        Assert.Equal("1|3|5|9", searched.Hyperparameters["k"]);
        Assert.Equal(7, Assert.IsType<KnnLearner>(fixedK).Options.K);
    }

    [Fact]
    public void Given_logistic_regression_without_C_When_parsing_Then_it_takes_the_measured_default_and_searches_around_it()
    {
        var plain = Assert.IsType<LogisticRegressionLearner>(Assert.Single(ClassifierCatalog.Parse("logistic-regression", 42)));
        var given = Assert.IsType<LogisticRegressionLearner>(Assert.Single(ClassifierCatalog.Parse("logistic-regression[C=3]", 42)));
        var searched = Assert.IsType<GridSearchLearner>(Assert.Single(ClassifierCatalog.Parse("logistic-regression", 42, defaultGrids: true)));

        Assert.Equal(0.01, plain.C);
        Assert.Equal(3.0, given.C);
        Assert.Equal("0.001|0.01|0.1|1", searched.Hyperparameters["C"]);
    }

    [Fact]
    public void Given_one_fold_When_parsing_Then_it_is_rejected() =>
        Assert.Throws<UserInputException>(() => ClassifierCatalog.Parse("knn[k=1|3]", 42, folds: 1));

    [Fact]
    public void Given_every_name_without_parameters_When_parsing_with_the_default_seed_Then_each_learner_has_its_options_types_defaults()
    {
        var learners = ClassifierCatalog.Parse("linear-svm,logistic-regression,rbf-svm,random-forest,knn", 42);

        Assert.Equal(new LinearSvmOptions(), Assert.IsType<LinearSvmLearner>(learners[0]).Options);
        Assert.Equal(new LogisticRegressionOptions(), Assert.IsType<LogisticRegressionLearner>(learners[1]).Options);
        Assert.Equal(new RbfSvmOptions(), Assert.IsType<RbfSvmLearner>(learners[2]).Options);
        Assert.Equal(new RandomForestOptions(), Assert.IsType<RandomForestLearner>(learners[3]).Options);
        Assert.Equal(new KnnOptions(), Assert.IsType<KnnLearner>(learners[4]).Options);
        Assert.Equal(new LinearSvmLearner().Hyperparameters, learners[0].Hyperparameters);
    }

    [Fact]
    public void Given_parameters_and_a_seed_When_parsing_Then_the_learners_equal_those_built_from_options_in_csharp()
    {
        var learners = ClassifierCatalog.Parse("linear-svm[C=0.1,max-iter=50],rbf-svm[C=3,gamma=0.5,tol=0.01],random-forest[trees=7,depth=5,features=3,min-samples=4],knn[k=3,distance=cosine],linear-svm[loss=squared-hinge]", 9);

        Assert.Equal(new LinearSvmOptions { C = 0.1, MaxIterations = 50, Seed = 9 }, Assert.IsType<LinearSvmLearner>(learners[0]).Options);
        Assert.Equal(new LinearSvmOptions { Loss = LinearSvmLoss.SquaredHinge, Seed = 9 }, Assert.IsType<LinearSvmLearner>(learners[4]).Options);
        Assert.Equal(new RbfSvmOptions { C = 3, Gamma = 0.5, Tolerance = 0.01 }, Assert.IsType<RbfSvmLearner>(learners[1]).Options);
        Assert.Equal(new RandomForestOptions { Trees = 7, MaxDepth = 5, FeaturesPerSplit = 3, MinSamplesSplit = 4, Seed = 9 }, Assert.IsType<RandomForestLearner>(learners[2]).Options);
        Assert.Equal(new KnnOptions { K = 3, Distance = KnnDistance.Cosine }, Assert.IsType<KnnLearner>(learners[3]).Options);
    }

    [Fact]
    public void Given_rff_svm_without_parameters_When_parsing_Then_its_svm_takes_C_1_and_its_features_the_options_defaults()
    {
        var learner = Assert.Single(ClassifierCatalog.Parse("rff-svm", 42));

        Assert.Equal("1", learner.Hyperparameters["C"]);
        Assert.Contains("D=2000", string.Join(";", learner.Hyperparameters.Values), StringComparison.Ordinal);
    }
}
