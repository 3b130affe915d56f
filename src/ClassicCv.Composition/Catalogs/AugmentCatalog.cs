using ClassicCv.Errors;

namespace ClassicCv.Catalogs;

/// <summary>Parses <c>--augment</c>, the classical pipelines' training augmentation: <c>none</c> or <c>flip</c>.</summary>
public static class AugmentCatalog
{
    /// <summary>Every valid value, for messages.</summary>
    public static IReadOnlyList<string> Names => ["none", "flip"];

    /// <summary>True when the training images' mirrors are added (<c>flip</c>).</summary>
    /// <param name="text">The option's value.</param>
    /// <exception cref="UserInputException">Another value.</exception>
    public static bool Flip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Trim().ToLowerInvariant() switch
        {
            "" or "none" => false,
            "flip" => true,
            _ => throw new UserInputException($"--augment '{text}' is not a classical augmentation; valid: {string.Join(", ", Names)} (networks take augment=... inside --deep, e.g. cnn[augment=crop+flip])."),
        };
    }
}
