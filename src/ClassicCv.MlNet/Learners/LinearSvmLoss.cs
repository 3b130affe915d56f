namespace ClassicCv.MlNet.Learners;

/// <summary>The loss a <see cref="LinearSvmLearner"/> minimises.</summary>
public enum LinearSvmLoss
{
    /// <summary><c>max(0, 1 − y·s)</c>, trained by ML.NET's SDCA (text <c>hinge</c>, the default).</summary>
    Hinge,

    /// <summary><c>max(0, 1 − y·s)²</c> (the L2-SVM), trained by L-BFGS on the primal (text <c>squared-hinge</c>).</summary>
    SquaredHinge,
}
