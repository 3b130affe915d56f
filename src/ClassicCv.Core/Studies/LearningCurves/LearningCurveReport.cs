namespace ClassicCv.Studies.LearningCurves;

/// <summary>What <c>--learning-curve</c> measured.</summary>
/// <param name="Sizes">The sizes, smallest first (<c>all</c> last).</param>
/// <param name="Points">One point per pipeline and size.</param>
/// <param name="Comparisons">Best deep against best classical at every size where both kinds ran.</param>
/// <param name="Seed">Seed of the subsets.</param>
public sealed record LearningCurveReport(IReadOnlyList<string> Sizes, IReadOnlyList<LearningCurvePoint> Points, IReadOnlyList<LearningCurveCrossover> Comparisons, int Seed)
{
    /// <summary>The smallest size at which the best deep contender is significantly better, or <c>null</c> when there is none in the range.</summary>
    public LearningCurveCrossover? Crossover => Comparisons.FirstOrDefault(c => c.DeepBetter);

    /// <summary>The crossover as one sentence.</summary>
    public string Statement => Comparisons.Count == 0
        ? "No crossover can be stated: the run needs both a deep contender (a network or resnet18 features) and a classical pipeline."
        : Crossover is { } c
            ? $"Crossover at {c.Size}{(c.Size == "all" ? "" : " per class")}: {c.Deep} is significantly better than {c.Classical} (McNemar p = {c.Test.PValue.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)}), the smallest size where the best deep contender beats the best classical pipeline at 5%."
            : $"No crossover in the range {Sizes[0]}–{Sizes[^1]}: at no size is the best deep contender significantly better (McNemar, 5%) than the best classical pipeline.";
}
