namespace ClassicCv.Evaluation;

/// <summary>Precision, recall and F1 of one class (higher is better), with its support.</summary>
/// <param name="Label">Class index.</param>
/// <param name="Name">Class name.</param>
/// <param name="Precision">Correct predictions of the class / predictions of the class; 0 when it is never predicted.</param>
/// <param name="Recall">Correct predictions of the class / examples of the class; 0 when it has no examples.</param>
/// <param name="F1">Harmonic mean of precision and recall; 0 when both are 0.</param>
/// <param name="Support">Number of test examples of the class.</param>
public sealed record ClassMetrics(int Label, string Name, double Precision, double Recall, double F1, int Support);
