namespace ClassicCv.Features.Transforms;

/// <summary>A fitted <see cref="TransformChain"/>: fitted transforms applied in order. Immutable and thread-safe; saved as <see cref="TransformFile"/> entries.</summary>
public sealed class FittedTransformChain : IFittedFeatureTransform
{
    /// <summary>Composes fitted transforms.</summary>
    /// <param name="inputColumns">Columns of the features the chain takes (the first transform's input).</param>
    /// <param name="transforms">The fitted transforms, in the order they are applied; may be empty.</param>
    public FittedTransformChain(int inputColumns, IReadOnlyList<IFittedFeatureTransform> transforms)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(inputColumns);
        ArgumentNullException.ThrowIfNull(transforms);
        InputColumns = inputColumns;
        Transforms = transforms.ToArray();
    }

    /// <summary>Columns of the features the chain takes.</summary>
    public int InputColumns { get; }

    /// <summary>The fitted transforms, in the order they are applied.</summary>
    public IReadOnlyList<IFittedFeatureTransform> Transforms { get; }

    /// <inheritdoc />
    public int OutputColumns => Transforms.Count == 0 ? InputColumns : Transforms[^1].OutputColumns;

    /// <summary>Columns of the features that transform <paramref name="index"/> takes.</summary>
    /// <param name="index">Position in <see cref="Transforms"/>, 0 to its count.</param>
    public int ColumnsBefore(int index) => index == 0 ? InputColumns : Transforms[index - 1].OutputColumns;

    /// <inheritdoc />
    public FeatureMatrix Apply(FeatureMatrix features)
    {
        ArgumentNullException.ThrowIfNull(features);
        foreach (var transform in Transforms)
        {
            features = transform.Apply(features);
        }

        return features;
    }
}
