namespace ClassicCv.MlNet.Calibration;

/// <summary>How a score is turned into a probability.</summary>
public enum CalibrationMethod
{
    /// <summary>Platt scaling, one-vs-rest then renormalised: a sigmoid of the score fitted by ML.NET's <c>PlattCalibratorEstimator</c>.</summary>
    Platt,

    /// <summary>Isotonic regression, one-vs-rest then renormalised (pool-adjacent-violators) fitted by ML.NET's <c>IsotonicCalibratorEstimator</c>.</summary>
    Isotonic,

    /// <summary>
    /// Multinomial logistic regression over the whole score vector (p = softmax(W·s + b), W a classes × classes matrix),
    /// fitted by ML.NET's L-BFGS maximum-entropy trainer.
    /// </summary>
    Multinomial,

    /// <summary>softmax(s / T), one temperature T fitted by minimising the log loss (MathNet.Numerics golden-section search).</summary>
    Temperature,
}
