namespace ClassicCv.Serving;

/// <summary>One entry of <c>GET /v1/models</c>.</summary>
/// <param name="Name">The model's name in URLs.</param>
/// <param name="Ready">True once it has loaded and warmed up.</param>
/// <param name="Version">Its version once loaded, else <c>null</c>.</param>
/// <param name="Kind"><c>pipeline</c> or <c>network</c> once loaded, else <c>null</c>.</param>
/// <param name="Classes">Its class names once loaded, else <c>null</c>.</param>
public sealed record ModelSummary(string Name, bool Ready, string? Version, string? Kind, IReadOnlyList<string>? Classes);
