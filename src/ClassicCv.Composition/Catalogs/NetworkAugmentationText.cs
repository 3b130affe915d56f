using ClassicCv.Configuration;
using ClassicCv.Errors;
using ClassicCv.Torch.Augmentation;

namespace ClassicCv.Catalogs;

/// <summary>Reads a network's <c>augment=crop+flip+rotate+jitter</c> (or <c>none</c>) into <see cref="NetworkAugmentation"/>, with the messages the command line shows.</summary>
internal static class NetworkAugmentationText
{
    /// <summary>The <c>augment</c> of <paramref name="spec"/>, or <paramref name="fallback"/> (the network's default) when absent.</summary>
    public static NetworkAugmentation Parse(ComponentSpec spec, NetworkAugmentation fallback)
    {
        if (!spec.Parameters.TryGetValue("augment", out var text))
        {
            return fallback;
        }

        var value = text.Trim().ToLowerInvariant();
        switch (value)
        {
            case "none" or "false" or "":
                return NetworkAugmentation.None;
            case "true":
                // The cnn's earlier meaning of augment=true: flips and shifts.
                return new NetworkAugmentation { Crop = true, Flip = true };
        }

        var parts = value.Split('+', StringSplitOptions.TrimEntries);
        var unknown = parts.FirstOrDefault(part => !NetworkAugmentation.Names.Contains(part));
        if (unknown is not null)
        {
            throw new UserInputException($"The deep model '{spec.Text}' has augment={text}; expected none or any of {string.Join(", ", NetworkAugmentation.Names)} joined by '+' (e.g. augment=crop+flip).");
        }

        return new NetworkAugmentation
        {
            Crop = parts.Contains("crop"),
            Flip = parts.Contains("flip"),
            Rotate = parts.Contains("rotate"),
            Jitter = parts.Contains("jitter"),
        };
    }
}
