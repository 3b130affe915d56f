using System.Buffers.Binary;
using System.Net;
using OpenCvSharp;

namespace ClassicCv.Serving.Tests;

[Collection(SavedModelsCollection.Name)]
public sealed class ModelServerBadInputTests(SavedModels models)
{
    [Fact]
    public async Task Given_bad_inputs_When_posting_Then_each_gets_its_status_and_problem_and_the_server_stays_ready()
    {
        var options = new ServeOptions { MaxBodyBytes = 4096, MaxPixels = 100 * 100, MaxImagesPerRequest = 2 };
        await using var server = await TestServer.StartAsync([models.Hog], options);
        var png = await File.ReadAllBytesAsync(models.Pngs[0]);
        var bomb = Bomb(png, 100_000, 100_000);
        byte[] large;
        using (var big = new Mat(200, 200, MatType.CV_8UC1, Scalar.All(7)))
        {
            large = big.ImEncode(".png");
        }

        var cases = new (string What, Func<HttpContent> Body, string Model, string Query, HttpStatusCode Status, string Kind, string InDetail)[]
        {
            ("text body", () => Http.Body("hello"u8.ToArray(), "text/plain"), "hog-linear-svm", "", HttpStatusCode.UnsupportedMediaType, "unsupported_media_type", "text/plain"),
            ("no content type", () => Http.Body(png, null), "hog-linear-svm", "", HttpStatusCode.UnsupportedMediaType, "unsupported_media_type", "(none)"),
            ("garbage labelled png", () => Http.Body("not an image at all"u8.ToArray(), "image/png"), "hog-linear-svm", "", HttpStatusCode.BadRequest, "undecodable_image", "readable header"),
            ("png header, broken pixels", () => Http.Body([.. png.AsSpan(0, 40)], "image/png"), "hog-linear-svm", "", HttpStatusCode.BadRequest, "undecodable_image", "could not be decoded"),
            ("body over the limit", () => Http.Body(new byte[5000], "image/png"), "hog-linear-svm", "", HttpStatusCode.RequestEntityTooLarge, "body_too_large", "4096"),
            ("decompression bomb header", () => Http.Body(bomb, "image/png"), "hog-linear-svm", "", HttpStatusCode.RequestEntityTooLarge, "too_many_pixels", "100000×100000"),
            ("200x200 over max pixels", () => Http.Body(large, "image/png"), "hog-linear-svm", "", HttpStatusCode.RequestEntityTooLarge, "too_many_pixels", "40000 pixels"),
            ("unknown model", () => Http.Body(png, "image/png"), "no-such-model", "", HttpStatusCode.NotFound, "unknown_model", "hog-linear-svm"),
            ("bad top", () => Http.Body(png, "image/png"), "hog-linear-svm", "?top=zero", HttpStatusCode.BadRequest, "bad_request", "top=zero"),
            ("too many images", () => Http.Form(("a.png", png, "image/png"), ("b.png", png, "image/png"), ("c.png", png, "image/png")), "hog-linear-svm", "", HttpStatusCode.RequestEntityTooLarge, "too_many_images", "3 images"),
        };

        foreach (var (what, body, model, query, status, kind, inDetail) in cases)
        {
            using var response = await server.Client.PostAsync(Http.Predict(model, query), body());
            Assert.True(status == response.StatusCode, $"{what}: {response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await Http.JsonAsync(response);
            Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
            Assert.Equal($"urn:classiccv:problem:{kind}", problem.GetProperty("type").GetString());
            Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()), what);
            Assert.Contains(inDetail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        // A bad image inside a batch gets an error entry; the good one is still classified.
        using (var mixed = await server.Client.PostAsync(Http.Predict("hog-linear-svm"), Http.Form(("good.png", png, "image/png"), ("bad.png", "xx"u8.ToArray(), "image/png"))))
        {
            Assert.Equal(HttpStatusCode.OK, mixed.StatusCode);
            var results = (await Http.JsonAsync(mixed)).GetProperty("predictions").EnumerateArray().ToArray();
            Assert.True(results[0].TryGetProperty("class", out _));
            Assert.Equal(400, results[1].GetProperty("error").GetProperty("status").GetInt32());
        }

        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode);
        using var after = await server.Client.PostAsync(Http.Predict("hog-linear-svm"), Http.Body(png, "image/png"));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        var metrics = await server.Client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Contains("classiccv_errors_total{model=\"hog-linear-svm\",kind=\"too_many_pixels\"} 2", metrics, StringComparison.Ordinal);
        Assert.Contains("classiccv_errors_total{model=\"-\",kind=\"unknown_model\"} 1", metrics, StringComparison.Ordinal);
    }

    /// <summary>A PNG whose header announces <paramref name="width"/>×<paramref name="height"/> pixels (it would not decode to that, but nothing may try).</summary>
    private static byte[] Bomb(byte[] png, int width, int height)
    {
        var bytes = png.ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(16), (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(20), (uint)height);
        return bytes;
    }
}
