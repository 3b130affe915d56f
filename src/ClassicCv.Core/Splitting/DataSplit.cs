namespace ClassicCv.Splitting;

/// <summary>Which items (by index into the dataset) are trained on and which are held out.</summary>
/// <param name="Train">Indices of training items, ascending.</param>
/// <param name="Test">Indices of test items, ascending.</param>
/// <param name="Description">How the split was made (e.g. <c>stratified hold-out 0.2, seed 42</c>).</param>
public sealed record DataSplit(IReadOnlyList<int> Train, IReadOnlyList<int> Test, string Description)
{
    /// <summary>Returns the split without the given items (e.g. images that failed to decode).</summary>
    /// <param name="excluded">Item indices to drop from both parts.</param>
    public DataSplit Without(IReadOnlySet<int> excluded) =>
        excluded.Count == 0 ? this : this with
        {
            Train = Train.Where(i => !excluded.Contains(i)).ToArray(),
            Test = Test.Where(i => !excluded.Contains(i)).ToArray(),
        };
}
