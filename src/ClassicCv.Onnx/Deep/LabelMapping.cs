using ClassicCv.Errors;

namespace ClassicCv.Onnx.Deep;

/// <summary>Matches a classification network's outputs to a dataset's classes, or says clearly why they don't match.</summary>
public static class LabelMapping
{
    /// <summary>For each dataset label, the network output that scores it.</summary>
    /// <param name="model">The model's name or path, for messages.</param>
    /// <param name="outputWidth">Values the network outputs per image.</param>
    /// <param name="labels">Class names in output order, or <c>null</c> to take the dataset's classes in order.</param>
    /// <param name="classNames">The dataset's class names, by label.</param>
    public static int[] Resolve(string model, int outputWidth, IReadOnlyList<string>? labels, IReadOnlyList<string> classNames)
    {
        ArgumentNullException.ThrowIfNull(classNames);
        if (labels is null)
        {
            return outputWidth == classNames.Count
                ? Enumerable.Range(0, classNames.Count).ToArray()
                : throw new UserInputException($"The ONNX model '{model}' outputs {outputWidth} values per image but the dataset has {classNames.Count} classes ({string.Join(", ", classNames)}); give the model's labels (labels=a;b;... or \"labels\" in its JSON file) or use a model with one output per class.");
        }

        if (labels.Count != outputWidth)
        {
            throw new UserInputException($"The ONNX model '{model}' outputs {outputWidth} values per image but {labels.Count} labels were given; expected one label per output.");
        }

        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < labels.Count; i++)
        {
            if (!index.TryAdd(labels[i], i))
            {
                throw new UserInputException($"The labels of the ONNX model '{model}' name '{labels[i]}' twice; expected each class once.");
            }
        }

        var missing = classNames.Where(name => !index.ContainsKey(name)).ToArray();
        var extra = labels.Where(label => !classNames.Contains(label, StringComparer.OrdinalIgnoreCase)).ToArray();
        if (missing.Length > 0 || extra.Length > 0)
        {
            throw new UserInputException($"The labels of the ONNX model '{model}' do not match the dataset's classes: missing {Describe(missing)}, not in the dataset {Describe(extra)}.");
        }

        return classNames.Select(name => index[name]).ToArray();
    }

    private static string Describe(IReadOnlyList<string> names) => names.Count == 0 ? "none" : string.Join(", ", names);
}
