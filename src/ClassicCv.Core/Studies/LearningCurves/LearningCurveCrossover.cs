using ClassicCv.Evaluation;

namespace ClassicCv.Studies.LearningCurves;

/// <summary>The best deep contender against the best classical pipeline at one size.</summary>
/// <param name="Size">The size as written.</param>
/// <param name="Deep">The most accurate deep contender (an end-to-end network or a pipeline on learned embeddings).</param>
/// <param name="Classical">The most accurate pipeline on hand-engineered features.</param>
/// <param name="Test">McNemar's test, the classical pipeline as reference.</param>
/// <param name="DeepBetter">True when the deep contender is more accurate and p &lt; 0.05.</param>
public sealed record LearningCurveCrossover(string Size, string Deep, string Classical, McNemarResult Test, bool DeepBetter);
