using ClassicCv.Configuration;
using ClassicCv.Errors;
using ClassicCv.Experiments.CrossValidation;

namespace ClassicCv.Catalogs;

/// <summary>The one table of evaluation protocols (<c>--evaluation</c>): <c>holdout</c> and <c>cv[folds=K,repeats=R]</c>.</summary>
public static class EvaluationCatalog
{
    /// <summary>Every valid name.</summary>
    public static IReadOnlyList<string> Names => ["holdout", "cv"];

    /// <summary>The cross-validation protocol <paramref name="text"/> asks for, or <c>null</c> for <c>holdout</c>.</summary>
    /// <param name="text">e.g. <c>holdout</c>, <c>cv</c>, <c>cv[folds=5,repeats=3]</c>.</param>
    /// <param name="seed">The run's seed.</param>
    public static CrossValidationProtocol? Parse(string text, int seed)
    {
        ArgumentNullException.ThrowIfNull(text);
        var specs = ComponentSpec.ParseList(text, "--evaluation protocol");
        if (specs.Count != 1)
        {
            throw new UserInputException($"--evaluation is '{text}'; expected one protocol: holdout or cv[folds=K,repeats=R].");
        }

        var spec = specs[0];
        switch (spec.Name)
        {
            case "holdout":
                _ = new ComponentParameters(spec, "--evaluation protocol", []);
                return null;
            case "cv":
                var p = new ComponentParameters(spec, "--evaluation protocol", ["folds", "repeats"]);
                return new CrossValidationProtocol(p.Int("folds", 10, 2, 1000), p.Int("repeats", 1, 1, 100), seed);
            default:
                throw new UserInputException($"--evaluation is '{text}'; unknown protocol '{spec.Name}', valid: {string.Join(", ", Names)} (e.g. cv[folds=10,repeats=1]).");
        }
    }
}
