using System.Globalization;

namespace ClassicCv.OpenCv.Features.Encodings;

/// <summary>
/// The improved Fisher vector of dense SIFT before its PCA and Gaussian mixture are learnt; options in <see cref="FisherOptions"/>.
/// </summary>
public sealed class FisherSpec : FeatureSpec<FisherOptions>
{
    /// <summary>The kind written into the saved state.</summary>
    public const string Kind = "fisher";

    /// <summary>Validates the options; the name is their canonical text (<see cref="FisherOptions.ToText"/>).</summary>
    /// <param name="options">The options, or <c>null</c> for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public FisherSpec(FisherOptions? options = null)
        : base(options)
    {
    }

    /// <summary>Validates the options and keeps the name the user wrote.</summary>
    /// <param name="options">The options.</param>
    /// <param name="name">The text reports and the feature cache call it by; a saved pipeline is re-created by parsing it, so it must be text the feature catalog reads back to <paramref name="options"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public FisherSpec(FisherOptions options, string name)
        : base(options, name)
    {
    }

    /// <inheritdoc />
    public override IFeatureExtractor Fit(FeatureFitContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var geometry = Options.DenseSift.Geometry(Name, context);
        var (k, d) = (Options.Components, Options.DenseSift.Components);
        IReadOnlyList<(string Name, int Length)> layout = [("gmm_weights", k), ("gmm_means", k * d), ("gmm_variances", k * d)];
        var saved = context.SavedStates?.GetValueOrDefault(Name);
        var state = saved ?? SiftEncodingLearner.Learn(context, geometry, Options.DenseSift, Kind, string.Create(CultureInfo.InvariantCulture, $"k={k};iterations={Options.Iterations}"), layout,
            projected =>
            {
                var mixture = GaussianMixture.Fit(projected, d, k, context.Seed, Options.Iterations);
                return new Dictionary<string, float[]>(StringComparer.Ordinal) { ["gmm_weights"] = mixture.Weights, ["gmm_means"] = mixture.Means, ["gmm_variances"] = mixture.Variances };
            }, k);
        SiftEncodingState.RequireKind(state, Kind, Name);
        var projection = SiftEncodingState.Projection(state, d);
        var encoder = new FisherEncoder(new GaussianMixture(state.Require("gmm_weights", k), state.Require("gmm_means", k * d), state.Require("gmm_variances", k * d)), Options.Pyramid);
        var settings = string.Create(CultureInfo.InvariantCulture, $"fisher:{Options.DenseSift.Describe(geometry)};k={k};pyramid={Options.Pyramid};iterations={Options.Iterations};seed={context.Seed};state={state.Digest}");
        var note = saved is null
            ? string.Create(CultureInfo.InvariantCulture, $"{Name}: RootSIFT PCA to {d} dimensions and a {k}-component diagonal GMM (OpenCV EM, seed {context.Seed}) learnt on at most {Options.DenseSift.Sample} descriptors from at most {CodebookLearner.MaxImages} training images.")
            : $"{Name}: PCA and Gaussian mixture read from the saved model.";
        return new SiftEncodingExtractor(Name, settings, geometry, projection, encoder, state, [note]);
    }
}
