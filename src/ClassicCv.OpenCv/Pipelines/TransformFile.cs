namespace ClassicCv.OpenCv.Pipelines;

/// <summary>A fitted transform as saved in <c>pipeline.json</c>.</summary>
/// <param name="Kind">The transform's kind (<c>standardize</c>).</param>
/// <param name="Mean">Training mean of each column.</param>
/// <param name="InverseStd">1 / training standard deviation of each column.</param>
public sealed record TransformFile(string Kind, float[] Mean, float[] InverseStd);
