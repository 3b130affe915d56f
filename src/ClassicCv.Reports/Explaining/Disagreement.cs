namespace ClassicCv.Reports.Explaining;

/// <summary>One test image on which the best classical and the best deep pipeline disagree about being right.</summary>
/// <param name="Position">Position in the run's test images.</param>
/// <param name="ClassicalRight">True when the classical pipeline is right (and the deep one wrong), false for the reverse.</param>
/// <param name="ClassicalPredicted">The classical pipeline's predicted class.</param>
/// <param name="DeepPredicted">The deep pipeline's predicted class.</param>
/// <param name="ClassicalMap">The classical pipeline's occlusion overlay (PNG).</param>
/// <param name="DeepMap">The deep pipeline's occlusion overlay (PNG).</param>
public sealed record Disagreement(int Position, bool ClassicalRight, int ClassicalPredicted, int DeepPredicted, byte[] ClassicalMap, byte[] DeepMap);
