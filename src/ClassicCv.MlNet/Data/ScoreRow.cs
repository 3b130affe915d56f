namespace ClassicCv.MlNet.Data;

/// <summary>One (score, is-positive) pair, the form ML.NET's binary calibrators read.</summary>
internal sealed class ScoreRow
{
    /// <summary>True when the example belongs to the class being calibrated.</summary>
    public bool Label { get; set; }

    /// <summary>The classifier's score of that class.</summary>
    public float Score { get; set; }
}
