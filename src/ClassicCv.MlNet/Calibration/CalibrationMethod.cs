namespace ClassicCv.MlNet.Calibration;

/// <summary>How a score is turned into a probability.</summary>
public enum CalibrationMethod
{
    /// <summary>Platt scaling: a sigmoid of the score fitted by ML.NET's <c>PlattCalibratorEstimator</c>.</summary>
    Platt,

    /// <summary>Isotonic regression (pool-adjacent-violators) fitted by ML.NET's <c>IsotonicCalibratorEstimator</c>.</summary>
    Isotonic,
}
