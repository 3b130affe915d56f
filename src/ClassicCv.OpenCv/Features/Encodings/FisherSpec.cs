using System.Globalization;
using ClassicCv.Configuration;

namespace ClassicCv.OpenCv.Features.Encodings;

/// <summary>
/// Settings of the improved Fisher vector of dense SIFT. Parameters: <c>k</c> (Gaussian components, default 64),
/// <c>pyramid</c> (add the 2×2 quadrants' vectors to the whole image's, default false), <c>iterations</c> (most EM
/// iterations, default 30), and the dense-SIFT options of <see cref="DenseSiftOptions"/>. Length 2 × k × pca (× 5 with
/// the pyramid).
/// </summary>
public sealed class FisherSpec : IFeatureExtractorSpec
{
    /// <summary>The kind written into the saved state.</summary>
    public const string Kind = "fisher";

    /// <summary>The parameter names fisher takes.</summary>
    public static readonly IReadOnlyList<string> ParameterNames = ["k", "pyramid", "iterations", .. DenseSiftOptions.ParameterNames];

    /// <summary>Validates the parameters of <paramref name="spec"/>.</summary>
    /// <param name="spec">A <c>fisher[...]</c> component.</param>
    public FisherSpec(ComponentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var parameters = new ComponentParameters(spec, "feature", ParameterNames);
        Name = spec.Text;
        Components = parameters.Int("k", 64, 2, 1024);
        Pyramid = parameters.Bool("pyramid", false);
        Iterations = parameters.Int("iterations", 30, 1, 500);
        Options = DenseSiftOptions.Parse(parameters);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Gaussian components K.</summary>
    public int Components { get; }

    /// <summary>True to add the 2×2 quadrants.</summary>
    public bool Pyramid { get; }

    /// <summary>Most EM iterations.</summary>
    public int Iterations { get; }

    /// <summary>Descriptor sampling and PCA.</summary>
    public DenseSiftOptions Options { get; }

    /// <inheritdoc />
    public IFeatureExtractor Fit(FeatureFitContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var geometry = Options.Geometry(Name, context);
        var (k, d) = (Components, Options.Components);
        IReadOnlyList<(string Name, int Length)> layout = [("gmm_weights", k), ("gmm_means", k * d), ("gmm_variances", k * d)];
        var saved = context.SavedStates?.GetValueOrDefault(Name);
        var state = saved ?? SiftEncodingLearner.Learn(context, geometry, Options, Kind, string.Create(CultureInfo.InvariantCulture, $"k={k};iterations={Iterations}"), layout,
            projected =>
            {
                var mixture = GaussianMixture.Fit(projected, d, k, context.Seed, Iterations);
                return new Dictionary<string, float[]>(StringComparer.Ordinal) { ["gmm_weights"] = mixture.Weights, ["gmm_means"] = mixture.Means, ["gmm_variances"] = mixture.Variances };
            }, k);
        SiftEncodingState.RequireKind(state, Kind, Name);
        var projection = SiftEncodingState.Projection(state, d);
        var encoder = new FisherEncoder(new GaussianMixture(state.Require("gmm_weights", k), state.Require("gmm_means", k * d), state.Require("gmm_variances", k * d)), Pyramid);
        var settings = string.Create(CultureInfo.InvariantCulture, $"fisher:{Options.Describe(geometry)};k={k};pyramid={Pyramid};iterations={Iterations};seed={context.Seed};state={state.Digest}");
        var note = saved is null
            ? string.Create(CultureInfo.InvariantCulture, $"{Name}: RootSIFT PCA to {d} dimensions and a {k}-component diagonal GMM (OpenCV EM, seed {context.Seed}) learnt on at most {Options.Sample} descriptors from at most {CodebookLearner.MaxImages} training images.")
            : $"{Name}: PCA and Gaussian mixture read from the saved model.";
        return new SiftEncodingExtractor(Name, settings, geometry, projection, encoder, state, [note]);
    }
}
