using ClassicCv.Configuration;
using ClassicCv.Errors;
using ClassicCv.Learning;
using ClassicCv.MlNet.Learners;

namespace ClassicCv.Cli.Catalogs;

/// <summary>The one table of classifier names and the learners they build.</summary>
internal static class ClassifierCatalog
{
    private static readonly IReadOnlyDictionary<string, Func<ComponentSpec, int, ILearner>> Factories =
        new Dictionary<string, Func<ComponentSpec, int, ILearner>>(StringComparer.Ordinal)
        {
            ["linear-svm"] = (spec, seed) =>
            {
                var p = new ComponentParameters(spec, "classifier", ["C", "max-iter"]);
                return new LinearSvmLearner(p.Double("C", 0.01, 0), p.Int("max-iter", 100, 1), seed);
            },
            ["logistic-regression"] = (spec, seed) =>
            {
                var p = new ComponentParameters(spec, "classifier", ["C", "max-iter"]);
                return new LogisticRegressionLearner(p.Double("C", 1.0, 0), p.Int("max-iter", 200, 1), seed);
            },
        };

    /// <summary>Every valid name, sorted.</summary>
    public static IReadOnlyList<string> Names => Factories.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>Builds the learners named in a comma-separated list.</summary>
    /// <param name="list">e.g. <c>linear-svm[C=0.1],logistic-regression</c>.</param>
    /// <param name="seed">The run's seed.</param>
    public static IReadOnlyList<ILearner> Parse(string list, int seed) =>
        ComponentSpec.ParseList(list, "classifier").Select(spec => Create(spec, seed)).ToArray();

    private static ILearner Create(ComponentSpec spec, int seed) =>
        Factories.TryGetValue(spec.Name, out var factory)
            ? factory(spec, seed)
            : throw new UserInputException($"Unknown classifier '{spec.Name}'; valid classifiers: {string.Join(", ", Names)}.");
}
