namespace ClassicCv.Features.Transforms;

/// <summary>Row-wise L2 normalisation for a fixed column count.</summary>
/// <param name="Columns">The column count it applies to.</param>
public sealed record FittedL2Normalizer(int Columns) : IFittedFeatureTransform
{
    /// <inheritdoc />
    public int OutputColumns => Columns;

    /// <inheritdoc />
    public FeatureMatrix Apply(FeatureMatrix features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Columns != Columns)
        {
            throw new ArgumentException($"Expected {Columns} columns, received {features.Columns}.", nameof(features));
        }

        var result = new FeatureMatrix(features.Rows, features.Columns);
        features.Values.CopyTo(result.Values);
        Parallel.For(0, features.Rows, r =>
        {
            var row = result.Row(r);
            var squares = 0.0;
            foreach (var value in row)
            {
                squares += (double)value * value;
            }

            if (squares > 0)
            {
                var inverse = (float)(1 / Math.Sqrt(squares));
                for (var c = 0; c < row.Length; c++)
                {
                    row[c] *= inverse;
                }
            }
        });
        return result;
    }
}
