using System.Globalization;

namespace ClassicCv.OpenCv.Features;

/// <summary>
/// The uniform LBP histogram (8 neighbours at radius 1, 59 labels: 58 uniform patterns + 1 for all others) of each cell of a spatial grid, before it has seen data; options in <see cref="LbpOptions"/>.
/// </summary>
public sealed class LbpSpec : FeatureSpec<LbpOptions>
{
    /// <summary>Validates the options; the name is their canonical text (<see cref="LbpOptions.ToText"/>).</summary>
    /// <param name="options">The options, or <c>null</c> for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public LbpSpec(LbpOptions? options = null)
        : base(options)
    {
    }

    /// <summary>Validates the options and keeps the name the user wrote.</summary>
    /// <param name="options">The options.</param>
    /// <param name="name">The text reports and the feature cache call it by; a saved pipeline is re-created by parsing it, so it must be text the feature catalog reads back to <paramref name="options"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public LbpSpec(LbpOptions options, string name)
        : base(options, name)
    {
    }

    /// <inheritdoc />
    public override IFeatureExtractor Fit(FeatureFitContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (width, height) = Options.Size ?? (context.ReferenceWidth <= 64 && context.ReferenceHeight <= 64 ? (context.ReferenceWidth, context.ReferenceHeight) : (64, 64));
        if (width - 2 < Options.Grid || height - 2 < Options.Grid)
        {
            throw new Errors.UserInputException($"The feature '{Name}' needs images of at least {Options.Grid + 2}×{Options.Grid + 2} px for grid={Options.Grid} (codes are computed inside a 1-px border), but they are {width}×{height}; use a smaller grid or size=WxH.");
        }

        var settings = string.Create(CultureInfo.InvariantCulture, $"lbp:size={width}x{height};grid={Options.Grid};points=8;radius=1;uniform");
        return new LbpExtractor(Name, settings, width, height, Options.Grid);
    }
}
