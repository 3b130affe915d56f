using ClassicCv.Features;
using ClassicCv.Learning.Weighting;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Learners;

/// <summary>Copies managed features and labels into the matrices OpenCV's ml module trains and predicts on.</summary>
internal static class OpenCvData
{
    /// <summary>A rows × columns CV_32F matrix holding a copy of <paramref name="features"/>; the caller disposes it.</summary>
    public static Mat Samples(FeatureMatrix features)
    {
        var mat = new Mat(features.Rows, features.Columns, MatType.CV_32FC1);
        if (features.Rows > 0)
        {
            features.Values.CopyTo(mat.AsSpan<float>());
        }

        return mat;
    }

    /// <summary>A rows × 1 CV_32S matrix of class indices; the caller disposes it.</summary>
    public static Mat Responses(IReadOnlyList<int> labels)
    {
        var mat = new Mat(labels.Count, 1, MatType.CV_32SC1);
        var span = mat.AsSpan<int>();
        for (var i = 0; i < labels.Count; i++)
        {
            span[i] = labels[i];
        }

        return mat;
    }

    /// <summary>
    /// The weights of the classes present in <paramref name="labels"/>, in ascending label order (the order OpenCV's SVM
    /// <c>ClassWeights</c> and RTrees <c>Priors</c> index them), as a CV_64F column; <c>null</c> without a weighting. The caller disposes it.
    /// </summary>
    public static Mat? PresentClassWeights(ClassWeighting? weighting, IReadOnlyList<int> labels, int classCount)
    {
        if (weighting is null)
        {
            return null;
        }

        var weights = weighting.Resolve(labels, classCount);
        var present = labels.Distinct().Order().Select(label => weights[label]).ToArray();
        var mat = new Mat(present.Length, 1, MatType.CV_64FC1);
        present.CopyTo(mat.AsSpan<double>());
        return mat;
    }

    /// <summary>Reads the class labels OpenCV wrote as one float per row.</summary>
    public static int[] Labels(Mat results)
    {
        var values = results.AsSpan<float>();
        var labels = new int[values.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = (int)MathF.Round(values[i]);
        }

        return labels;
    }

    /// <summary>Checks the arguments every learner receives.</summary>
    public static void Validate(FeatureMatrix features, IReadOnlyList<int> labels, int classCount)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 1);
        if (labels.Count != features.Rows)
        {
            throw new ArgumentException($"Expected one label per feature row ({features.Rows}), received {labels.Count}.", nameof(labels));
        }

        if (features.Rows == 0)
        {
            throw new ArgumentException("Cannot learn from zero examples.", nameof(features));
        }

        foreach (var label in labels)
        {
            if (label < 0 || label >= classCount)
            {
                throw new ArgumentOutOfRangeException(nameof(labels), label, $"Labels must lie in 0 .. {classCount - 1}.");
            }
        }
    }
}
