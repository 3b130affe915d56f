using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ClassicCv.Serving;

/// <summary>
/// Middleware that times every request, counts it in <see cref="ServingMetrics"/> by model, route and status, and
/// queues one structured log entry (method, path, route, model, status, milliseconds) for <see cref="RequestLogWriter"/>.
/// </summary>
internal sealed class RequestLog(ServingMetrics metrics, IReadOnlySet<string> models, RequestLogWriter? writer)
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
            metrics.Requests.Add(1, model, route, StatusText(status));
            metrics.Latency.Observe(seconds, model, route);
            writer?.Write(new RequestLogEntry(DateTime.UtcNow, context.Request.Method, context.Request.Path.Value ?? "", route, model, status, seconds * 1000));
        }
    }

    private static string StatusText(int status) => status switch
    {
        200 => "200",
        429 => "429",
        _ => status.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
