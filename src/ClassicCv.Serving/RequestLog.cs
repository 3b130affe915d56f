using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace ClassicCv.Serving;

/// <summary>
/// Middleware that times every request, counts it in <see cref="ServingMetrics"/> by model, route and status, and
/// writes one structured log entry (method, path, route, model, status, milliseconds).
/// </summary>
internal sealed partial class RequestLog(ServingMetrics metrics, IReadOnlySet<string> models, ILogger<RequestLog> logger, bool enabled)
{
    /// <summary>Handles one request.</summary>
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var start = Stopwatch.GetTimestamp();
        metrics.InFlight.Add(1);
        try
        {
            await next(context);
        }
        finally
        {
            metrics.InFlight.Add(-1);
            var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "unmatched";
            // Only names of served models become label values, so unknown names cannot grow the metrics without bound.
            var model = context.Request.RouteValues.TryGetValue("name", out var value) && value is string name && models.Contains(name) ? name : "-";
            var status = context.Response.StatusCode;
            metrics.Requests.Add(1, model, route, status.ToString(System.Globalization.CultureInfo.InvariantCulture));
            metrics.Latency.Observe(seconds, model, route);
            if (enabled)
            {
                LogRequest(logger, context.Request.Method, context.Request.Path.Value ?? "", route, model, status, Math.Round(seconds * 1000, 3));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} {Route} {Model} {Status} {ElapsedMs}")]
    private static partial void LogRequest(ILogger logger, string method, string path, string route, string model, int status, double elapsedMs);
}
