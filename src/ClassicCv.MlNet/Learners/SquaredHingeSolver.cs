using ClassicCv.Features;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace ClassicCv.MlNet.Learners;

/// <summary>
/// Minimises <see cref="SquaredHingeObjective"/> with MathNet.Numerics' L-BFGS (weak Wolfe line search, 10 corrections)
/// from zero weights, the way Coates–Ng trained their L2-SVM (minFunc's L-BFGS on the primal). Deterministic: no
/// seed is involved.
/// </summary>
internal static class SquaredHingeSolver
{
    /// <summary>Relative gradient at which L-BFGS stops (MathNet's scaled max-norm).</summary>
    public const double GradientTolerance = 1e-6;

    private const int Corrections = 10;

    /// <summary>Objective evaluations between two full garbage collections.</summary>
    private const int CollectEvery = 20;

    /// <summary>The weights and biases that minimise the objective, or the best ones found within <paramref name="maxIterations"/>.</summary>
    /// <param name="features">Training rows.</param>
    /// <param name="labels">Class of every row.</param>
    /// <param name="classCount">Number of classes.</param>
    /// <param name="c">Weight of the loss term, &gt; 0.</param>
    /// <param name="maxIterations">Upper bound on L-BFGS iterations, ≥ 1.</param>
    /// <param name="classWeights">Weight of every class's examples, or <c>null</c>.</param>
    /// <returns>Class-major weights (K × d) and K biases.</returns>
    public static (float[] Weights, float[] Biases) Fit(FeatureMatrix features, IReadOnlyList<int> labels, int classCount, double c, int maxIterations, IReadOnlyList<double>? classWeights)
    {
        var objective = new SquaredHingeObjective(features, labels, classCount, c, classWeights);
        var best = new double[objective.ParameterCount];
        var bestValue = double.PositiveInfinity;
        var evaluations = 0;
        var function = ObjectiveFunction.Gradient(point =>
        {
            if (++evaluations % CollectEvery == 0)
            {
                // MathNet allocates a few dozen parameter-sized vectors per iteration (every L-BFGS update and line
                // search step builds new ones): large-object garbage that the GC would otherwise let grow by
                // gigabytes before its next full collection (docs/encodings.md: peak memory).
                GC.Collect();
            }

            var parameters = point.AsArray() ?? point.ToArray();
            var gradient = new double[parameters.Length];
            var value = objective.Evaluate(parameters, gradient);
            if (value < bestValue)
            {
                bestValue = value;
                parameters.CopyTo(best, 0);
            }

            return (value, Vector<double>.Build.Dense(gradient));
        });

        var minimizer = new LimitedMemoryBfgsMinimizer(GradientTolerance, parameterTolerance: 1e-10, functionProgressTolerance: 1e-10, Corrections, maxIterations);
        try
        {
            minimizer.FindMinimum(function, Vector<double>.Build.Dense(objective.ParameterCount));
        }
        catch (MaximumIterationsException)
        {
            // The iteration budget ran out before the tolerance was met: keep the lowest point evaluated, as any
            // iteration-capped solver does.
        }
        catch (InnerOptimizationException)
        {
            // The line search found no further decrease (the minimum to float precision): the best point stands.
        }

        var weightCount = classCount * features.Columns;
        return (best.Take(weightCount).Select(w => (float)w).ToArray(), best.Skip(weightCount).Select(b => (float)b).ToArray());
    }
}
