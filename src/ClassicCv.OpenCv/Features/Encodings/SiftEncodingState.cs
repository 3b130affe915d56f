using ClassicCv.Errors;

namespace ClassicCv.OpenCv.Features.Encodings;

/// <summary>Reads the shared parts of a <c>fisher</c> or <c>vlad</c> state.</summary>
internal static class SiftEncodingState
{
    public static void RequireKind(FeatureState state, string kind, string name)
    {
        if (state.Kind != kind)
        {
            throw new UserInputException($"The saved state of '{name}' is a {state.Kind} state; expected {kind}.");
        }
    }

    public static DescriptorProjection Projection(FeatureState state, int components) =>
        new(state.Require("pca_mean", Codebook.DescriptorLength), state.Require("pca_components", components * Codebook.DescriptorLength));
}
