using System.Globalization;
using ClassicCv.Datasets;
using ClassicCv.Learning;
using ClassicCv.OpenCv.Imaging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using OpenCvSharp;

namespace ClassicCv.Serving;

/// <summary>
/// <c>POST /v1/models/{name}/predict</c>: one image as the raw body or several as <c>multipart/form-data</c>. Every image's
/// header is read before it is decoded (size and pixel count); images are decoded, then classified by one pooled worker instance.
/// </summary>
internal sealed class PredictEndpoint(ModelRegistry registry, ServeOptions options, ServingMetrics metrics, ImageDecoder decoder)
{
    /// <summary>Answers one predict request.</summary>
    public async Task<IResult> HandleAsync(HttpContext context, string name, string? topText)
    {
        if (!registry.TryGet(name, out var model))
        {
            return registry.IsKnown(name)
                ? Problems.Result(Problems.NotReady(name), name, metrics)
                : Problems.Result(Problems.UnknownModel(name, registry.Sources.Select(s => s.Name)), null, metrics);
        }

        var classes = model.Description.Classes.Count;
        int? top = null;
        if (topText is not null)
        {
            if (!int.TryParse(topText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var k) || k < 1)
            {
                return Problems.Result(Problems.BadRequest($"top={topText} is not allowed; expected a whole number from 1 to {classes}."), name, metrics);
            }

            top = k;
        }

        var request = context.Request;
        if (request.ContentLength > options.MaxBodyBytes)
        {
            // The body is not read, so the connection cannot carry another request.
            context.Response.Headers.Connection = "close";
            return Problems.Result(Problems.BodyTooLarge(request.ContentLength, options.MaxBodyBytes), name, metrics);
        }

        var mediaType = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value : null;
        List<(string Name, byte[] Bytes)> images;
        var multipart = string.Equals(mediaType, "multipart/form-data", StringComparison.OrdinalIgnoreCase);
        try
        {
            if (multipart)
            {
                var form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = options.MaxBodyBytes, ValueCountLimit = options.MaxImagesPerRequest + 16 }, context.RequestAborted);
                if (form.Files.Count > options.MaxImagesPerRequest)
                {
                    return Problems.Result(Problems.TooManyImages(form.Files.Count, options.MaxImagesPerRequest), name, metrics);
                }

                images = [];
                foreach (var file in form.Files)
                {
                    using var stream = new MemoryStream(checked((int)file.Length));
                    await file.CopyToAsync(stream, context.RequestAborted);
                    images.Add((string.IsNullOrEmpty(file.FileName) ? file.Name : file.FileName, stream.ToArray()));
                }

                if (images.Count == 0)
                {
                    return Problems.Result(Problems.BadRequest("The multipart body holds no file; expected one part with a file name per image."), name, metrics);
                }
            }
            else if (ImageHeader.IsSupported(mediaType))
            {
                using var stream = new MemoryStream();
                await request.Body.CopyToAsync(stream, context.RequestAborted);
                images = [("body", stream.ToArray())];
            }
            else
            {
                return Problems.Result(Problems.UnsupportedMediaType(request.ContentType), name, metrics);
            }
        }
        catch (BadHttpRequestException error)
        {
            // Too large, or cut short (the client closed the connection mid-body): the client's fault, never a 500.
            context.Response.Headers.Connection = "close";
            return Problems.Result(error.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? Problems.BodyTooLarge(null, options.MaxBodyBytes)
                : Problems.BadRequest($"The request body could not be read ({error.Message})."), name, metrics);
        }
        catch (InvalidDataException error)
        {
            return Problems.Result(error.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? Problems.BodyTooLarge(null, options.MaxBodyBytes)
                : Problems.BadRequest($"The multipart body is malformed ({error.Message})."), name, metrics);
        }

        var results = await PredictAsync(model, images, Math.Min(top ?? options.TopK, classes), context.RequestAborted);
        if (!multipart && results[0].Error is { } only)
        {
            return Problems.Result(only, name, metrics);
        }

        foreach (var error in results.Select(r => r.Error).OfType<ImageError>())
        {
            metrics.Errors.Add(1, name, error.Kind);
        }

        return TypedResults.Ok(new PredictResponse(name, model.Description.Version, results));
    }

    private async Task<ImagePrediction[]> PredictAsync(ServedModel model, List<(string Name, byte[] Bytes)> images, int top, CancellationToken cancellationToken)
    {
        var results = new ImagePrediction[images.Count];
        var decoded = new List<(int Index, Mat Image)>(images.Count);
        try
        {
            var mode = model.Workers.Any.Mode;
            for (var i = 0; i < images.Count; i++)
            {
                var (imageName, bytes) = images[i];
                var error = Decode(imageName, bytes, mode, out var image);
                if (image is null)
                {
                    results[i] = new ImagePrediction(imageName, null, null, null, error);
                    continue;
                }

                decoded.Add((i, image));
            }

            if (decoded.Count > 0)
            {
                var predictions = await model.Workers.PredictAsync(decoded.ConvertAll(d => d.Image), cancellationToken);
                for (var d = 0; d < decoded.Count; d++)
                {
                    results[decoded[d].Index] = Describe(images[decoded[d].Index].Name, predictions, d, model.Description.Classes, top);
                }

                metrics.Images.Add(decoded.Count, model.Description.Name);
            }

            return results;
        }
        finally
        {
            decoded.ForEach(d => d.Image.Dispose());
        }
    }

    private ImageError? Decode(string imageName, byte[] bytes, ImageReadMode mode, out Mat? image)
    {
        image = null;
        var header = ImageHeader.Read(bytes);
        if (header is null)
        {
            return Problems.Unreadable(imageName);
        }

        if (header.Pixels > options.MaxPixels)
        {
            return Problems.TooManyPixels(imageName, header, options.MaxPixels);
        }

        try
        {
            image = decoder.TryDecode(new EncodedImageLocation(bytes, imageName), mode, null, out var reason);
            return image is null ? Problems.Undecodable(imageName, reason) : null;
        }
        catch (OpenCVException error)
        {
            return Problems.Undecodable(imageName, $"could not be decoded ({error.Message.Trim()})");
        }
    }

    private static ImagePrediction Describe(string imageName, Predictions predictions, int row, IReadOnlyList<string> classes, int top)
    {
        var label = predictions.Labels[row];
        if (predictions.Scores is not { } scores)
        {
            return new ImagePrediction(imageName, classes[label], null, [new ClassScore(classes[label], null)], null);
        }

        var best = Enumerable.Range(0, classes.Count)
            .OrderByDescending(c => scores[(row * classes.Count) + c])
            .ThenBy(c => c)
            .Take(top)
            .Select(c => new ClassScore(classes[c], scores[(row * classes.Count) + c]))
            .ToArray();
        return new ImagePrediction(imageName, classes[label], scores[(row * classes.Count) + label], best, null);
    }
}
