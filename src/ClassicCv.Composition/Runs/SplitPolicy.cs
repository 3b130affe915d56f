using ClassicCv.Configuration;
using ClassicCv.Datasets;
using ClassicCv.Errors;
using ClassicCv.Splitting;

namespace ClassicCv.Runs;

/// <summary>
/// How a run splits its dataset: the dataset's own split when it has one, otherwise a stratified hold-out of each
/// class with the test fraction and seed, keeping every group (a manifest's <c>group</c> column, or the group rule)
/// on one side.
/// </summary>
public static class SplitPolicy
{
    /// <summary>The dataset with the groups <paramref name="groupBy"/> names (unchanged when <c>null</c>: a manifest's group column stays).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="groupBy"><c>prefix</c> or <c>prefix[separator=TEXT]</c> (the file name up to the first separator names the group), or <c>null</c>.</param>
    /// <exception cref="UserInputException">The rule is not one of those.</exception>
    public static ImageDataset Grouped(ImageDataset dataset, string? groupBy)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (groupBy is null)
        {
            return dataset;
        }

        var spec = ComponentSpec.Parse(groupBy, "group rule");
        if (!spec.Name.Equals("prefix", StringComparison.OrdinalIgnoreCase) || spec.Parameters.Keys.Any(key => key != "separator"))
        {
            throw new UserInputException($"--group-by is '{groupBy}'; expected prefix or prefix[separator=TEXT] (the file name up to the first separator names the group).");
        }

        return new GroupNaming(spec.Parameters.GetValueOrDefault("separator", "_")).Apply(dataset);
    }

    /// <summary>The dataset's own split, or a stratified, group-aware hold-out.</summary>
    /// <param name="dataset">The dataset, its groups already applied (<see cref="Grouped"/>).</param>
    /// <param name="testFraction">Fraction of each class held out, strictly between 0 and 1.</param>
    /// <param name="seed">The seed of the hold-out.</param>
    public static DataSplit Split(ImageDataset dataset, double testFraction, int seed)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return dataset.HasPredefinedSplit ? PredefinedSplit.Of(dataset) : new StratifiedHoldOut(testFraction, seed).Split(dataset.Labels(), dataset.Groups());
    }
}
