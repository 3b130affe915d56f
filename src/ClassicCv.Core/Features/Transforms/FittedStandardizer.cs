namespace ClassicCv.Features.Transforms;

/// <summary>Learnt per-column means and inverse standard deviations.</summary>
/// <param name="Mean">Training mean of each column.</param>
/// <param name="InverseStd">1 / training standard deviation of each column (1 where the column is constant).</param>
public sealed record FittedStandardizer(float[] Mean, float[] InverseStd) : IFittedFeatureTransform
{
    /// <inheritdoc />
    public int OutputColumns => Mean.Length;

    /// <inheritdoc />
    public FeatureMatrix Apply(FeatureMatrix features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Columns != Mean.Length)
        {
            throw new ArgumentException($"Expected {Mean.Length} columns, received {features.Columns}.", nameof(features));
        }

        var result = new FeatureMatrix(features.Rows, features.Columns);
        features.Values.CopyTo(result.Values);
        if (features.Rows == 1)
        {
            // One image (a served request): Parallel.For would hand a replica to a thread-pool thread for nothing.
            Standardize(result.Row(0));
        }
        else
        {
            Parallel.For(0, features.Rows, r => Standardize(result.Row(r)));
        }

        return result;
    }

    private void Standardize(Span<float> row)
    {
        for (var c = 0; c < row.Length; c++)
        {
            row[c] = (row[c] - Mean[c]) * InverseStd[c];
        }
    }
}
