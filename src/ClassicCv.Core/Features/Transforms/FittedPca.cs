namespace ClassicCv.Features.Transforms;

/// <summary>A learnt PCA projection.</summary>
/// <param name="Mean">Training mean of each input column.</param>
/// <param name="Projection">Input columns × components, row-major: column <c>k</c> is the <c>k</c>-th principal axis (sign fixed so its largest entry is positive).</param>
/// <param name="Components">Number of components kept.</param>
/// <param name="ExplainedVariance">Share of the training variance the kept components explain, in [0, 1].</param>
public sealed record FittedPca(float[] Mean, float[] Projection, int Components, double ExplainedVariance) : IFittedFeatureTransform
{
    /// <inheritdoc />
    public int OutputColumns => Components;

    /// <inheritdoc />
    public FeatureMatrix Apply(FeatureMatrix features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Columns != Mean.Length)
        {
            throw new ArgumentException($"Expected {Mean.Length} columns, received {features.Columns}.", nameof(features));
        }

        var result = new FeatureMatrix(features.Rows, Components);
        Parallel.For(0, features.Rows, () => new float[Mean.Length], (r, _, centred) =>
        {
            var row = features.Row(r);
            for (var c = 0; c < centred.Length; c++)
            {
                centred[c] = row[c] - Mean[c];
            }

            var output = result.Row(r);
            for (var c = 0; c < centred.Length; c++)
            {
                var value = centred[c];
                var axis = Projection.AsSpan(c * Components, Components);
                for (var k = 0; k < axis.Length; k++)
                {
                    output[k] += value * axis[k];
                }
            }

            return centred;
        }, _ => { });
        return result;
    }
}
