namespace ClassicCv.Serving;

/// <summary>The answer of <c>POST /v1/models/{name}/predict</c>.</summary>
/// <param name="Model">The model's name.</param>
/// <param name="Version">The model's version (see <see cref="ModelDescription.Version"/>).</param>
/// <param name="Predictions">One entry per image, in the request's order.</param>
public sealed record PredictResponse(string Model, string Version, IReadOnlyList<ImagePrediction> Predictions);
