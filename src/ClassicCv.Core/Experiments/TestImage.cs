namespace ClassicCv.Experiments;

/// <summary>One image of the test split, in the order every pipeline's predictions follow.</summary>
/// <param name="Item">Index of the item in the dataset.</param>
/// <param name="Id">The item's stable identifier.</param>
/// <param name="Path">Where its pixels come from (a path, or a path with a cell or index).</param>
/// <param name="Label">True class index.</param>
public sealed record TestImage(int Item, string Id, string Path, int Label);
