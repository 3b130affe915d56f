using System.Globalization;
using ClassicCv.OpenCv.Features;

namespace ClassicCv.Onnx.Features.Encodings;

/// <summary>
/// What <c>kmeans-patches</c> learns: the ZCA whitening of normalised patches and the k-means dictionary of whitened
/// patches (words × dimension, dimension = channels × patch²; values in channel, row, column order).
/// </summary>
public sealed class PatchDictionary
{
    /// <summary>The kind written into the saved state.</summary>
    public const string Kind = "kmeans-patches";

    /// <summary>Wraps learnt state.</summary>
    /// <param name="whitening">The ZCA whitening of normalised patches.</param>
    /// <param name="centroids">Words × dimension values, row after row.</param>
    /// <param name="notes">How it was learnt, for the report.</param>
    public PatchDictionary(ZcaWhitening whitening, float[] centroids, IReadOnlyList<string> notes)
    {
        ArgumentNullException.ThrowIfNull(whitening);
        ArgumentNullException.ThrowIfNull(centroids);
        if (centroids.Length == 0 || centroids.Length % whitening.Dimension != 0)
        {
            throw new ArgumentException($"Expected a positive multiple of {whitening.Dimension} values; received {centroids.Length}.", nameof(centroids));
        }

        Whitening = whitening;
        Centroids = centroids;
        Notes = notes;
        State = new FeatureState(Kind, new Dictionary<string, float[]>(StringComparer.Ordinal)
        {
            ["mean"] = whitening.Mean,
            ["whitening"] = whitening.Matrix,
            ["centroids"] = centroids,
        });
    }

    /// <summary>The ZCA whitening.</summary>
    public ZcaWhitening Whitening { get; }

    /// <summary>Words × dimension values.</summary>
    public float[] Centroids { get; }

    /// <summary>Number of words.</summary>
    public int Words => Centroids.Length / Whitening.Dimension;

    /// <summary>How it was learnt.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The same arrays as a saveable state.</summary>
    public FeatureState State { get; }

    /// <summary>The arrays' names and lengths, in the order the feature cache keeps them.</summary>
    /// <param name="dimension">Values per patch.</param>
    /// <param name="words">Number of words.</param>
    public static IReadOnlyList<(string Name, int Length)> Layout(int dimension, int words) =>
        [("mean", dimension), ("whitening", dimension * dimension), ("centroids", words * dimension)];

    /// <summary>Re-creates a dictionary from a saved or cached state.</summary>
    /// <param name="state">The state.</param>
    /// <param name="dimension">Values per patch the feature expects.</param>
    /// <param name="words">Words the feature expects.</param>
    /// <param name="note">How it was obtained.</param>
    public static PatchDictionary FromState(FeatureState state, int dimension, int words, string note)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Kind != Kind)
        {
            throw new Errors.UserInputException(string.Create(CultureInfo.InvariantCulture, $"The saved state is a {state.Kind} state; expected {Kind}."));
        }

        var whitening = new ZcaWhitening(state.Require("mean", dimension), state.Require("whitening", dimension * dimension));
        return new PatchDictionary(whitening, state.Require("centroids", words * dimension), [note]);
    }
}
