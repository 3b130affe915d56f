using Microsoft.AspNetCore.Http;

namespace ClassicCv.Serving;

/// <summary>RFC 7807 <c>application/problem+json</c> answers, each counted in <see cref="ServingMetrics.Errors"/>.</summary>
internal static class Problems
{
    /// <summary>The answer for <paramref name="error"/>.</summary>
    public static IResult Result(ImageError error, string? model, ServingMetrics metrics)
    {
        metrics.Errors.Add(1, model ?? "-", error.Kind);
        return TypedResults.Problem(error.Detail, statusCode: error.Status, title: error.Title, type: error.Type,
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["kind"] = error.Kind });
    }

    /// <summary>Writes the answer for <paramref name="error"/> (from middleware callbacks, outside an endpoint).</summary>
    public static Task WriteAsync(HttpContext context, ImageError error, ServingMetrics metrics, IReadOnlySet<string> models)
    {
        var name = context.Request.RouteValues.TryGetValue("name", out var value) && value is string n && models.Contains(n) ? n : null;
        return Result(error, name, metrics).ExecuteAsync(context);
    }

    /// <summary>415: the body is not one of the image types whose header the server reads.</summary>
    public static ImageError UnsupportedMediaType(string? contentType) => ImageError.Of("unsupported_media_type", "Unsupported media type", StatusCodes.Status415UnsupportedMediaType,
        $"Content-Type '{contentType ?? "(none)"}' is not accepted; expected one of {string.Join(", ", ImageHeader.MediaTypes)} as the raw body, or multipart/form-data with such files.");

    /// <summary>413: the body is larger than the limit.</summary>
    public static ImageError BodyTooLarge(long? length, long limit) => ImageError.Of("body_too_large", "Request body too large", StatusCodes.Status413PayloadTooLarge,
        $"The request body{(length is { } n ? $" has {n} bytes; it" : "")} exceeds the limit of {limit} bytes (--max-body-bytes).");

    /// <summary>400: the bytes are no image whose header can be read.</summary>
    public static ImageError Unreadable(string image) => ImageError.Of("undecodable_image", "Undecodable image", StatusCodes.Status400BadRequest,
        $"'{image}' is not a PNG, JPEG, BMP, WebP, TIFF or PNM image with a readable header (unknown signature, or cut short).");

    /// <summary>400: the header was read but OpenCV could not decode the pixels.</summary>
    public static ImageError Undecodable(string image, string reason) => ImageError.Of("undecodable_image", "Undecodable image", StatusCodes.Status400BadRequest,
        $"'{image}' {reason}.");

    /// <summary>413: the header announces more pixels than allowed (a decompression bomb, or just too large).</summary>
    public static ImageError TooManyPixels(string image, ImageHeader header, long limit) => ImageError.Of("too_many_pixels", "Image too large", StatusCodes.Status413PayloadTooLarge,
        $"'{image}' is a {header.Format} image of {header.Width}×{header.Height} = {header.Pixels} pixels; the limit is {limit} pixels (--max-pixels). It was not decoded.");

    /// <summary>404: no model of that name.</summary>
    public static ImageError UnknownModel(string name, IEnumerable<string> known) => ImageError.Of("unknown_model", "Unknown model", StatusCodes.Status404NotFound,
        $"No model is named '{name}'; this server serves: {string.Join(", ", known)}.");

    /// <summary>503: the model is still loading.</summary>
    public static ImageError NotReady(string name) => ImageError.Of("not_ready", "Model not ready", StatusCodes.Status503ServiceUnavailable,
        $"The model '{name}' is still loading; retry when /readyz answers 200.");

    /// <summary>400: a malformed request (bad query value, broken multipart body, no image).</summary>
    public static ImageError BadRequest(string detail) => ImageError.Of("bad_request", "Bad request", StatusCodes.Status400BadRequest, detail);

    /// <summary>413: more images in one request than allowed.</summary>
    public static ImageError TooManyImages(int count, int limit) => ImageError.Of("too_many_images", "Too many images", StatusCodes.Status413PayloadTooLarge,
        $"The request holds {count} images; the limit is {limit} per request (--max-images).");

    /// <summary>429: every permit is taken and the queue is full.</summary>
    public static ImageError RateLimited(int permits, int queue) => ImageError.Of("rate_limited", "Too many requests", StatusCodes.Status429TooManyRequests,
        $"{permits} requests are being handled and {queue} are queued (--concurrency, --queue); retry later.");

    /// <summary>503: the request was not answered in time.</summary>
    public static ImageError TimedOut(TimeSpan timeout) => ImageError.Of("timeout", "Request timed out", StatusCodes.Status503ServiceUnavailable,
        $"The request was not answered within {timeout.TotalSeconds:0.###} s (--request-timeout); retry later.");
}
