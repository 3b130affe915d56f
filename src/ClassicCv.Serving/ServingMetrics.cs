using System.Text;

namespace ClassicCv.Serving;

/// <summary>
/// The server's Prometheus metrics (its own, so two servers in one process never mix counts): requests by model,
/// route and status, request latency, errors by kind, images classified, requests in flight, readiness.
/// </summary>
public sealed class ServingMetrics
{
    private static readonly double[] LatencyBuckets = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 30];

    /// <summary>Requests answered, by model (or <c>-</c>), route template and status code.</summary>
    public MetricFamily Requests { get; } = new("classiccv_http_requests_total", "HTTP requests answered.", "counter", "model", "route", "status");

    /// <summary>Request latency in seconds, by model and route template.</summary>
    public HistogramFamily Latency { get; } = new("classiccv_http_request_duration_seconds", "Time from the request's arrival to its answer.", LatencyBuckets, "model", "route");

    /// <summary>Refusals by model and kind (e.g. <c>unsupported_media_type</c>, <c>too_many_pixels</c>, <c>rate_limited</c>).</summary>
    public MetricFamily Errors { get; } = new("classiccv_errors_total", "Requests or images refused, by kind.", "counter", "model", "kind");

    /// <summary>Images classified, by model.</summary>
    public MetricFamily Images { get; } = new("classiccv_images_predicted_total", "Images classified.", "counter", "model");

    /// <summary>Requests being handled.</summary>
    public MetricFamily InFlight { get; } = new("classiccv_http_requests_in_flight", "Requests being handled now.", "gauge");

    /// <summary>Readiness of each model (0 or 1).</summary>
    public MetricFamily Ready { get; } = new("classiccv_model_ready", "1 once the model has loaded and answered its warm-up prediction.", "gauge", "model");

    /// <summary>Request log entries dropped because the log writer's queue was full.</summary>
    public MetricFamily RequestLogDropped { get; } = new("classiccv_request_log_dropped_total", "Request log lines dropped because the log writer fell behind.", "counter");

    /// <summary>Every metric in the Prometheus text format.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        Requests.WriteTo(text);
        Latency.WriteTo(text);
        Errors.WriteTo(text);
        Images.WriteTo(text);
        InFlight.WriteTo(text);
        Ready.WriteTo(text);
        RequestLogDropped.WriteTo(text);
        return text.ToString();
    }
}
