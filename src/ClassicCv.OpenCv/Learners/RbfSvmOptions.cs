using ClassicCv.Configuration;
using ClassicCv.Learning.Weighting;

namespace ClassicCv.OpenCv.Learners;

/// <summary>
/// Hyperparameters of <see cref="RbfSvmLearner"/>; text form <c>rbf-svm[C=10,gamma=scale,tol=0.001,class-weight=...]</c>.
/// The defaults are what <c>rbf-svm</c> gives.
/// </summary>
public sealed record RbfSvmOptions
{
    /// <summary>Penalty of margin violations, a finite number &gt; 0 (default 10).</summary>
    public double C { get; init; } = 10;

    /// <summary>RBF width γ, a finite number &gt; 0; <c>null</c> (default) for scikit-learn's <c>'scale'</c>, 1 / (features × variance) of the training data.</summary>
    public double? Gamma { get; init; }

    /// <summary>SMO stopping tolerance, a finite number &gt; 0 (default 1e-3, libsvm's); text <c>tol</c>.</summary>
    public double Tolerance { get; init; } = 1e-3;

    /// <summary>Weights of the classes (OpenCV's <c>ClassWeights</c>: class i's C becomes weight_i · C), or <c>null</c> (default) for none; text <c>class-weight</c>.</summary>
    public ClassWeighting? ClassWeighting { get; init; }

    /// <summary>Throws when an option lies outside its range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it, the value and the range.</exception>
    public void Validate()
    {
        OptionChecks.Positive(C, "RbfSvmOptions.C");
        OptionChecks.PositiveOrNull(Gamma, "RbfSvmOptions.Gamma");
        OptionChecks.Positive(Tolerance, "RbfSvmOptions.Tolerance");
    }
}
