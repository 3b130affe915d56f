using System.Globalization;

namespace ClassicCv.Learning.Weighting;

/// <summary>
/// How much each class's training examples count in a learner's loss: <see cref="Balanced"/> (scikit-learn's
/// <c>class_weight='balanced'</c>: n_samples / (n_classes × n_class), over the classes present in the training labels)
/// or explicit weights by label (classes not listed count 1).
/// </summary>
public sealed record ClassWeighting
{
    private ClassWeighting(bool isBalanced, IReadOnlyList<double>? weights, string text)
    {
        IsBalanced = isBalanced;
        Weights = weights;
        Text = text;
    }

    /// <summary>n_samples / (n_classes × n_class) for every class present in the training labels.</summary>
    public static ClassWeighting Balanced { get; } = new(true, null, "balanced");

    /// <summary>True for <see cref="Balanced"/>.</summary>
    public bool IsBalanced { get; }

    /// <summary>Explicit weights by label (labels beyond the list count 1), or <c>null</c> for <see cref="Balanced"/>.</summary>
    public IReadOnlyList<double>? Weights { get; }

    /// <summary>How the weighting was asked for, for reports (e.g. <c>balanced</c> or <c>cat:2;dog:1</c>).</summary>
    public string Text { get; }

    /// <summary>Explicit weights.</summary>
    /// <param name="weights">Weight of every label from 0, each a finite number &gt; 0; labels beyond the list count 1.</param>
    /// <param name="text">How they were written, for reports; <c>null</c> to write them by label (<c>0:2;1:1</c>).</param>
    public static ClassWeighting Explicit(IReadOnlyList<double> weights, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(weights);
        for (var k = 0; k < weights.Count; k++)
        {
            if (!(weights[k] > 0) || double.IsInfinity(weights[k]))
            {
                throw new ArgumentOutOfRangeException(nameof(weights), weights[k], $"The weight of class {k} must be a finite number > 0.");
            }
        }

        return new ClassWeighting(false, weights.ToArray(), text ?? string.Join(";", weights.Select((w, k) => string.Create(CultureInfo.InvariantCulture, $"{k}:{w}"))));
    }

    /// <summary>The weight of every class for these training labels.</summary>
    /// <param name="labels">Class of every training example.</param>
    /// <param name="classCount">Number of classes; the result has one weight per class (1 for a balanced class absent from the labels).</param>
    public double[] Resolve(IReadOnlyList<int> labels, int classCount)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 1);
        var weights = new double[classCount];
        if (!IsBalanced)
        {
            for (var k = 0; k < classCount; k++)
            {
                weights[k] = k < Weights!.Count ? Weights[k] : 1;
            }

            return weights;
        }

        var counts = new int[classCount];
        foreach (var label in labels)
        {
            counts[label]++;
        }

        var present = counts.Count(c => c > 0);
        for (var k = 0; k < classCount; k++)
        {
            weights[k] = counts[k] == 0 ? 1 : (double)labels.Count / (present * counts[k]);
        }

        return weights;
    }

    /// <summary>The resolved weights as reports write them: <c>name:weight</c> per class, separated by <c>;</c>, weights to 4 significant digits.</summary>
    /// <param name="weights">One weight per class, e.g. from <see cref="Resolve"/>.</param>
    /// <param name="classNames">Class names, by label.</param>
    public static string Describe(IReadOnlyList<double> weights, IReadOnlyList<string> classNames)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(classNames);
        return string.Join(";", weights.Select((w, k) => string.Create(CultureInfo.InvariantCulture, $"{(k < classNames.Count ? classNames[k] : k.ToString(CultureInfo.InvariantCulture))}:{w:G4}")));
    }
}
