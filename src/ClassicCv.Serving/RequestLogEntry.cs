namespace ClassicCv.Serving;

/// <summary>One request as the request log records it.</summary>
/// <param name="Timestamp">When the answer was complete (UTC).</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Request path.</param>
/// <param name="Route">Route template that matched, or <c>unmatched</c>.</param>
/// <param name="Model">Served model named in the path, or <c>-</c>.</param>
/// <param name="Status">Status code answered.</param>
/// <param name="ElapsedMs">Milliseconds from arrival to answer.</param>
public readonly record struct RequestLogEntry(DateTime Timestamp, string Method, string Path, string Route, string Model, int Status, double ElapsedMs);
