namespace ClassicCv.Features.Transforms;

/// <summary>Centres each column on its training mean and divides by its training standard deviation (zero-variance columns are only centred).</summary>
public sealed class Standardizer : IFeatureTransform
{
    /// <inheritdoc />
    public string Name => "standardize";

    /// <inheritdoc />
    public IFittedFeatureTransform Fit(FeatureMatrix training)
    {
        ArgumentNullException.ThrowIfNull(training);
        var columns = training.Columns;
        var mean = new double[columns];
        var squares = new double[columns];
        for (var r = 0; r < training.Rows; r++)
        {
            var row = training.Row(r);
            for (var c = 0; c < columns; c++)
            {
                mean[c] += row[c];
            }
        }

        var n = Math.Max(1, training.Rows);
        for (var c = 0; c < columns; c++)
        {
            mean[c] /= n;
        }

        for (var r = 0; r < training.Rows; r++)
        {
            var row = training.Row(r);
            for (var c = 0; c < columns; c++)
            {
                var d = row[c] - mean[c];
                squares[c] += d * d;
            }
        }

        var scale = new float[columns];
        for (var c = 0; c < columns; c++)
        {
            var std = Math.Sqrt(squares[c] / n);
            scale[c] = std > 1e-12 ? (float)(1.0 / std) : 1f;
        }

        return new FittedStandardizer(mean.Select(m => (float)m).ToArray(), scale);
    }
}
