namespace ClassicCv.OpenCv.Features;

/// <summary>
/// A feature spec built from typed options: the options are validated once, here, and the spec is called by the name
/// the user wrote or, for options built in C#, by their canonical text.
/// </summary>
/// <typeparam name="TOptions">The feature's options type; <c>new TOptions()</c> is the defaults.</typeparam>
public abstract class FeatureSpec<TOptions> : IFeatureExtractorSpec
    where TOptions : class, IFeatureOptions, new()
{
    /// <summary>Validates the options; the name is their canonical text (<see cref="IFeatureOptions.ToText"/>).</summary>
    /// <param name="options">The options, or <c>null</c> for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    protected FeatureSpec(TOptions? options)
        : this(options ?? new TOptions(), (options ?? new TOptions()).ToText())
    {
    }

    /// <summary>Validates the options and keeps the name the user wrote.</summary>
    /// <param name="options">The options.</param>
    /// <param name="name">The text reports and the feature cache call it by; a saved pipeline is re-created by parsing it, so it must be text the feature catalog reads back to <paramref name="options"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    protected FeatureSpec(TOptions options, string name)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        options.Validate();
        Options = options;
        Name = name;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The validated options.</summary>
    public TOptions Options { get; }

    /// <inheritdoc />
    public abstract IFeatureExtractor Fit(FeatureFitContext context);
}
