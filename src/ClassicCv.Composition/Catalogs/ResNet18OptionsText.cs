using ClassicCv.Configuration;
using ClassicCv.Errors;
using ClassicCv.Onnx.Deep;
using ClassicCv.Onnx.Features;

namespace ClassicCv.Catalogs;

/// <summary>Reads <c>resnet18[...]</c> text into <see cref="ResNet18Options"/>, with the messages the command line shows.</summary>
internal static class ResNet18OptionsText
{
    public static ResNet18Options Parse(ComponentSpec spec)
    {
        var p = new ComponentParameters(spec, "feature", ["size", "layers", "flip", "engine", "models"]);
        var size = p.IntOrNull("size", ResNet18Options.SizeRange);
        if (size is { } side && side != ResNet18Files.ShippedSize && side % 32 != 0)
        {
            throw new UserInputException($"The feature '{spec.Text}' has size={size}; expected 224 (as shipped) or a multiple of 32 (e.g. 64, 96, 128) once the final average pool is made global.");
        }

        return new ResNet18Options
        {
            Size = size,
            Layers = Layers(spec),
            Flip = spec.Parameters.ContainsKey("flip") ? p.Bool("flip", false) : null,
            Engine = spec.Parameters.ContainsKey("engine")
                ? p.Choice("engine", "onnxruntime", ["opencv", "onnxruntime"]) == "opencv" ? DnnEngine.OpenCv : DnnEngine.OnnxRuntime
                : null,
            ModelsFolder = spec.Parameters.TryGetValue("models", out var folder) ? folder : null,
        };
    }

    private static IReadOnlyList<ResNet18Layer>? Layers(ComponentSpec spec)
    {
        if (!spec.Parameters.TryGetValue("layers", out var text))
        {
            return null;
        }

        var names = text.Split('+', StringSplitOptions.TrimEntries);
        var unknown = names.FirstOrDefault(name => ResNet18Layer.All.All(layer => layer.Name != name));
        if (unknown is not null || names.Distinct(StringComparer.Ordinal).Count() != names.Length)
        {
            throw new UserInputException($"The feature '{spec.Text}' has layers={text}; expected distinct names joined by '+' from: {string.Join(", ", ResNet18Layer.All.Select(layer => layer.Name))} (e.g. layers=stage3+stage4b+final).");
        }

        return ResNet18Layer.All.Where(layer => names.Contains(layer.Name, StringComparer.Ordinal)).ToArray();
    }
}
