namespace ClassicCv.Serving;

/// <summary>What the model said about one image, or why it could not say anything.</summary>
/// <param name="Image">The image's name: <c>body</c> for a raw body, else the multipart file name (or field name).</param>
/// <param name="Class">The predicted class; <c>null</c> when <paramref name="Error"/> is set.</param>
/// <param name="Score">The predicted class's score (probability, vote fraction, margin or logit, as the model gives); <c>null</c> when the model gives none.</param>
/// <param name="Top">The best classes, highest score first (only the predicted one when the model gives no scores).</param>
/// <param name="Error">Why this image was not classified (the other images of the request still are).</param>
public sealed record ImagePrediction(string Image, string? Class, float? Score, IReadOnlyList<ClassScore>? Top, ImageError? Error);
