using ClassicCv.MlNet.Learners;

namespace ClassicCv.MlNet.Tests.Learners;

/// <summary>The ML.NET learners' typed options: documented defaults, refused out of range with a message.</summary>
public sealed class LinearLearnerOptionsTests
{
    [Fact]
    public void Given_no_options_When_creating_the_learners_Then_they_take_the_documented_defaults()
    {
        var svm = new LinearSvmLearner();
        var logistic = new LogisticRegressionLearner();

        Assert.Equal((0.01, 100, 42), (svm.C, svm.MaxIterations, svm.Seed));
        Assert.Equal(1000, new LinearSvmLearner(new() { Loss = LinearSvmLoss.SquaredHinge }).MaxIterations);
        Assert.Equal(7, new LinearSvmLearner(new() { Loss = LinearSvmLoss.SquaredHinge, MaxIterations = 7 }).MaxIterations);
        Assert.Equal((LogisticRegressionLearner.DefaultC, 200, 42), (logistic.C, logistic.MaxIterations, logistic.Seed));
        Assert.Null(svm.ClassWeighting);
    }

    public static TheoryData<Func<object>, string> OutOfRange => new()
    {
        { () => new LinearSvmLearner(new() { C = double.NaN }), "LinearSvmOptions.C is NaN; expected a finite number > 0." },
        { () => new LinearSvmLearner(new() { MaxIterations = 0 }), "LinearSvmOptions.MaxIterations is 0; expected a whole number ≥ 1." },
        { () => new LinearSvmLearner(new() { Loss = (LinearSvmLoss)7 }), "LinearSvmOptions.Loss is 7; expected one of Hinge, SquaredHinge." },
        { () => new LogisticRegressionLearner(new() { C = -2 }), "LogisticRegressionOptions.C is -2; expected a finite number > 0." },
        { () => new LogisticRegressionLearner(new() { MaxIterations = -1 }), "LogisticRegressionOptions.MaxIterations is -1; expected a whole number ≥ 1." },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Given_an_out_of_range_option_When_creating_Then_the_message_names_the_option_the_value_and_the_range(Func<object> create, string expected)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(create);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
