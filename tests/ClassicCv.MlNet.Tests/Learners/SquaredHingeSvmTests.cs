using ClassicCv.MlNet.Learners;

namespace ClassicCv.MlNet.Tests.Learners;

public sealed class SquaredHingeSvmTests
{
    private static LinearSvmLearner Learner(double c, int maxIterations = 200) =>
        new(new() { C = c, Loss = LinearSvmLoss.SquaredHinge, MaxIterations = maxIterations });

    [Fact]
    public void Given_separable_blobs_When_learning_Then_every_training_point_is_classified_correctly()
    {
        var (features, labels) = SyntheticData.Blobs(perClass: 40, classes: 3, spread: 12, seed: 1);

        using var model = Learner(c: 1).Learn(features, labels, 3);

        Assert.Equal(labels, model.Predict(features).Labels);
        Assert.Equal("squared-hinge", Learner(1).Hyperparameters["loss"]);
    }

    [Fact]
    public void Given_overlapping_blobs_When_learning_Then_the_solution_is_a_stationary_point_of_the_objective()
    {
        var (features, labels) = SyntheticData.Blobs(200, 3, spread: 1.5, seed: 2);
        var objective = new SquaredHingeObjective(features, labels, 3, c: 0.1, classWeights: null);
        var atZero = new double[objective.ParameterCount];
        objective.Evaluate(new double[objective.ParameterCount], atZero);

        var model = (LinearModel)Learner(c: 0.1).Learn(features, labels, 3);
        var atSolution = new double[objective.ParameterCount];
        objective.Evaluate(Parameters(model), atSolution);

        // Converged: the gradient has all but vanished (float weights limit how far).
        Assert.True(Norm(atSolution) < 1e-3 * Norm(atZero), $"gradient norm {Norm(atSolution)} at the solution, {Norm(atZero)} at zero");
        var (test, testLabels) = SyntheticData.Blobs(200, 3, spread: 1.5, seed: 3);
        Assert.InRange(SyntheticData.Accuracy(model.Predict(test).Labels, testLabels), 0.6, 0.95);
    }

    [Fact]
    public void Given_one_iteration_When_learning_Then_the_capped_solver_returns_a_model_worse_than_the_converged_one()
    {
        var (features, labels) = SyntheticData.Blobs(100, 3, spread: 1.5, seed: 8);
        var objective = new SquaredHingeObjective(features, labels, 3, c: 1, classWeights: null);

        var capped = (LinearModel)Learner(c: 1, maxIterations: 1).Learn(features, labels, 3);
        var converged = (LinearModel)Learner(c: 1).Learn(features, labels, 3);

        var atZero = objective.Evaluate(new double[objective.ParameterCount], new double[objective.ParameterCount]);
        Assert.InRange(Value(objective, capped), Value(objective, converged) + 1e-3, atZero - 1e-3);
    }

    [Fact]
    public void Given_the_same_data_When_learning_twice_Then_the_weights_are_identical()
    {
        var (features, labels) = SyntheticData.Blobs(50, 4, spread: 2, seed: 4);

        var first = (LinearModel)Learner(0.5).Learn(features, labels, 4);
        var second = (LinearModel)Learner(0.5).Learn(features, labels, 4);

        Assert.Equal(first.Weights, second.Weights);
        Assert.Equal(first.Biases, second.Biases);
    }

    [Fact]
    public void Given_a_class_absent_from_training_When_predicting_Then_it_is_never_chosen()
    {
        var (features, labels) = SyntheticData.Blobs(30, 2, spread: 6, seed: 5);

        using var model = Learner(1).Learn(features, labels, classCount: 3);

        Assert.DoesNotContain(2, model.Predict(features).Labels);
    }

    private static double[] Parameters(LinearModel model) => [.. model.Weights.Select(w => (double)w), .. model.Biases.Select(b => (double)b)];

    private static double Value(SquaredHingeObjective objective, LinearModel model) => objective.Evaluate(Parameters(model), new double[objective.ParameterCount]);

    private static double Norm(double[] vector) => Math.Sqrt(vector.Sum(v => v * v));
}
