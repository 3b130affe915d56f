using System.Globalization;
using ClassicCv.Features;
using ClassicCv.Features.Transforms;
using MathNet.Numerics.Distributions;

namespace ClassicCv.OpenCv.Transforms;

/// <summary>
/// Random Fourier features (Rahimi &amp; Recht 2007): z(x) = √(2/D) cos(W x + b) with W ~ N(0, 2γ) and b ~ U[0, 2π], so
/// that z(x)·z(y) ≈ exp(−γ‖x − y‖²). A linear model on z approximates an RBF-kernel SVM at a cost linear in the number
/// of samples (scikit-learn's <c>RBFSampler</c>). γ defaults to <c>'scale'</c> = 1 / (features × variance) of the training data.
/// </summary>
public sealed class RandomFourierFeatures : IFeatureTransform
{
    /// <summary>Creates the transform.</summary>
    /// <param name="options">The hyperparameters, or <c>null</c> for the defaults of <see cref="RandomFourierFeaturesOptions"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public RandomFourierFeatures(RandomFourierFeaturesOptions? options = null)
    {
        options ??= new RandomFourierFeaturesOptions();
        options.Validate();
        Options = options;
    }

    /// <summary>The validated hyperparameters.</summary>
    public RandomFourierFeaturesOptions Options { get; }

    /// <inheritdoc />
    public string Name => string.Create(CultureInfo.InvariantCulture, $"rff(D={Options.Components},gamma={Options.Gamma?.ToString(CultureInfo.InvariantCulture) ?? "scale"})");

    /// <inheritdoc />
    public IFittedFeatureTransform Fit(FeatureMatrix training)
    {
        ArgumentNullException.ThrowIfNull(training);
        var gamma = Options.Gamma ?? Learners.RbfSvmLearner.ScaleGamma(training);
        var random = new Random(Options.Seed);
        var normal = new Normal(0, Math.Sqrt(2 * gamma), random);
        var weights = new float[Options.Components * training.Columns];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)normal.Sample();
        }

        var offsets = new float[Options.Components];
        for (var i = 0; i < offsets.Length; i++)
        {
            offsets[i] = (float)(random.NextDouble() * 2 * Math.PI);
        }

        return new FittedRandomFourierFeatures(weights, offsets, training.Columns, gamma);
    }
}
