using ClassicCv.OpenCv.Features;
using Xunit;

namespace ClassicCv.TestSupport;

/// <summary>
/// What every feature's typed options must do, checked on the cases a test class lists: refused out of range with a
/// message naming the option, the value and the range; named canonically when valid. A test class derives from it and
/// declares <c>public static TheoryData&lt;Func&lt;IFeatureExtractorSpec&gt;, string&gt; OutOfRange</c> and
/// <c>public static TheoryData&lt;IFeatureExtractorSpec, string&gt; CanonicalNames</c> for its assembly's features.
/// </summary>
/// <remarks>
/// xunit looks the data members up on the test class that runs the theory (the derived class), which the analyzer
/// cannot see from here: hence the suppressed xUnit1015.
/// </remarks>
#pragma warning disable xUnit1015
public abstract class FeatureOptionsContract
{
    /// <summary>Creating the spec throws, and the message contains <paramref name="expected"/>.</summary>
    /// <param name="create">Creates a spec from out-of-range options.</param>
    /// <param name="expected">A part of the message.</param>
    [Theory]
    [MemberData("OutOfRange")]
    public void Given_an_out_of_range_option_When_creating_the_spec_Then_the_message_names_the_option_the_value_and_the_range(Func<IFeatureExtractorSpec> create, string expected)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(create);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    /// <summary>The spec's name is <paramref name="expected"/>.</summary>
    /// <param name="spec">A spec built in C#.</param>
    /// <param name="expected">Its canonical name.</param>
    [Theory]
    [MemberData("CanonicalNames")]
    public void Given_options_built_in_csharp_When_creating_the_spec_Then_its_name_lists_only_the_options_that_differ_from_the_defaults(IFeatureExtractorSpec spec, string expected)
    {
        ArgumentNullException.ThrowIfNull(spec);
        Assert.Equal(expected, spec.Name);
    }
}
#pragma warning restore xUnit1015
