using System.Globalization;
using ClassicCv.Configuration;

namespace ClassicCv.OpenCv.Features;

/// <summary>
/// Settings of the uniform LBP histogram (8 neighbours at radius 1, 59 labels: 58 uniform patterns + 1 for all others)
/// of each cell of a spatial grid. Parameters: <c>grid</c> (cells per side, default 4), <c>size</c> (resize to WxH first;
/// default the training images' most common size, or 64x64 when larger).
/// </summary>
public sealed class LbpSpec : IFeatureExtractorSpec
{
    /// <summary>The parameter names LBP takes.</summary>
    public static readonly IReadOnlyList<string> ParameterNames = ["grid", "size"];

    private readonly (int Width, int Height)? _size;

    /// <summary>Validates the parameters of <paramref name="spec"/>.</summary>
    /// <param name="spec">An <c>lbp[...]</c> component.</param>
    public LbpSpec(ComponentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var parameters = new ComponentParameters(spec, "feature", ParameterNames);
        Name = spec.Text;
        Grid = parameters.Int("grid", 4, 1, 16);
        _size = parameters.Size("size");
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Spatial cells per side.</summary>
    public int Grid { get; }

    /// <inheritdoc />
    public IFeatureExtractor Fit(FeatureFitContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (width, height) = _size ?? (context.ReferenceWidth <= 64 && context.ReferenceHeight <= 64 ? (context.ReferenceWidth, context.ReferenceHeight) : (64, 64));
        if (width - 2 < Grid || height - 2 < Grid)
        {
            throw new Errors.UserInputException($"The feature '{Name}' needs images of at least {Grid + 2}×{Grid + 2} px for grid={Grid} (codes are computed inside a 1-px border), but they are {width}×{height}; use a smaller grid or size=WxH.");
        }

        var settings = string.Create(CultureInfo.InvariantCulture, $"lbp:size={width}x{height};grid={Grid};points=8;radius=1;uniform");
        return new LbpExtractor(Name, settings, width, height, Grid);
    }
}
