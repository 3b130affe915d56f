using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace ClassicCv.Features.Transforms;

/// <summary>
/// Principal component analysis learnt on the training split (MathNet.Numerics' symmetric eigendecomposition of the
/// covariance matrix): projects centred rows on the leading components.
/// </summary>
public sealed class Pca : IFeatureTransform
{
    private const int BlockRows = 2048;

    /// <summary>Keeps 95% of the training variance (<see cref="PcaOptions"/>' defaults).</summary>
    public Pca()
        : this(new PcaOptions())
    {
    }

    /// <summary>Keeps what <paramref name="options"/> asks for: a fixed number of components, or a share of the variance.</summary>
    /// <param name="options">The options; <see cref="PcaOptions.Validate"/> is called.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public Pca(PcaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Components = options.Components;
        KeptVariance = options.Components is null ? options.KeptVariance : null;
    }

    /// <summary>Keeps a fixed number of components.</summary>
    /// <param name="components">Components to keep, ≥ 1 (capped at the column count).</param>
    public Pca(int components)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(components);
        Components = components;
    }

    /// <summary>Keeps the fewest leading components whose share of the training variance reaches a fraction.</summary>
    /// <param name="keptVariance">Fraction of variance to keep, in (0, 1].</param>
    public Pca(double keptVariance)
    {
        if (!(keptVariance > 0 && keptVariance <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(keptVariance), keptVariance, "Expected a fraction of variance in (0, 1].");
        }

        KeptVariance = keptVariance;
    }

    /// <summary>Fixed number of components, or <c>null</c> when chosen by <see cref="KeptVariance"/>.</summary>
    public int? Components { get; }

    /// <summary>Fraction of variance to keep, or <c>null</c> when <see cref="Components"/> is fixed.</summary>
    public double? KeptVariance { get; }

    /// <inheritdoc />
    public string Name => Components is { } n
        ? string.Create(CultureInfo.InvariantCulture, $"pca[components={n}]")
        : string.Create(CultureInfo.InvariantCulture, $"pca[components={KeptVariance}]");

    /// <inheritdoc />
    public IFittedFeatureTransform Fit(FeatureMatrix training)
    {
        ArgumentNullException.ThrowIfNull(training);
        if (training.Rows < 2)
        {
            throw new ArgumentException($"PCA needs at least 2 training rows, received {training.Rows}.", nameof(training));
        }

        int rows = training.Rows, columns = training.Columns;
        var mean = new double[columns];
        for (var r = 0; r < rows; r++)
        {
            var row = training.Row(r);
            for (var c = 0; c < columns; c++)
            {
                mean[c] += row[c];
            }
        }

        for (var c = 0; c < columns; c++)
        {
            mean[c] /= rows;
        }

        var covariance = Matrix<double>.Build.Dense(columns, columns);
        for (var start = 0; start < rows; start += BlockRows)
        {
            var count = Math.Min(BlockRows, rows - start);
            var block = Matrix<double>.Build.Dense(count, columns, (r, c) => training.Row(start + r)[c] - mean[c]);
            covariance += block.TransposeThisAndMultiply(block);
        }

        covariance /= rows - 1;
        var evd = covariance.Evd(Symmetricity.Symmetric);
        var order = Enumerable.Range(0, columns).OrderByDescending(i => evd.EigenValues[i].Real).ToArray();
        var variances = order.Select(i => Math.Max(0, evd.EigenValues[i].Real)).ToArray();
        var keep = Components is { } fixedCount ? Math.Min(fixedCount, columns) : CountForVariance(variances, KeptVariance!.Value);
        var projection = new float[columns * keep];
        for (var k = 0; k < keep; k++)
        {
            var vector = evd.EigenVectors.Column(order[k]);
            var sign = vector.AbsoluteMaximumIndex() is var at && vector[at] < 0 ? -1 : 1;
            for (var c = 0; c < columns; c++)
            {
                projection[(c * keep) + k] = (float)(sign * vector[c]);
            }
        }

        var total = variances.Sum();
        var explained = total > 0 ? variances.Take(keep).Sum() / total : 1;
        return new FittedPca(mean.Select(m => (float)m).ToArray(), projection, keep, explained);
    }

    private static int CountForVariance(double[] variances, double fraction)
    {
        var total = variances.Sum();
        if (total <= 0)
        {
            return 1;
        }

        var running = 0.0;
        for (var k = 0; k < variances.Length; k++)
        {
            running += variances[k];
            if (running / total >= fraction - 1e-12)
            {
                return k + 1;
            }
        }

        return variances.Length;
    }
}
