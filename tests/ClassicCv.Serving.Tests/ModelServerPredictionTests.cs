using System.Globalization;
using System.Net;
using System.Text.Json;

namespace ClassicCv.Serving.Tests;

[Collection(SavedModelsCollection.Name)]
public sealed class ModelServerPredictionTests(SavedModels models)
{
    [Fact]
    public async Task Given_a_saved_hog_svm_and_a_saved_cnn_When_posting_each_image_Then_class_and_score_equal_classiccv_predict()
    {
        await using var server = await TestServer.StartAsync([models.Hog, models.Cnn]);
        foreach (var (folder, name) in new[] { (models.Hog, "hog-linear-svm"), (models.Cnn, "cnn") })
        {
            var expected = PredictCsv(folder);
            foreach (var png in models.Pngs)
            {
                using var response = await server.Client.PostAsync(Http.Predict(name), Http.Body(await File.ReadAllBytesAsync(png), "image/png"));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var json = await Http.JsonAsync(response);
                Assert.Equal(name, json.GetProperty("model").GetString());
                Assert.Matches("^[0-9a-f]{12}$", json.GetProperty("version").GetString());
                var prediction = Assert.Single(json.GetProperty("predictions").EnumerateArray());
                Assert.Equal(expected[png].Class, prediction.GetProperty("class").GetString());
                Assert.Equal(expected[png].Score, prediction.GetProperty("score").GetDouble(), 1e-4);
                var top = prediction.GetProperty("top").EnumerateArray().ToArray();
                Assert.Equal(5, top.Length);
                Assert.Equal(expected[png].Class, top[0].GetProperty("class").GetString());
                Assert.True(top.Zip(top.Skip(1)).All(pair => pair.First.GetProperty("score").GetDouble() >= pair.Second.GetProperty("score").GetDouble()));
            }

            // The same images in one multipart request: the same answers, in the request's order.
            using var batch = await server.Client.PostAsync(Http.Predict(name, "?top=2"), Http.Form([.. models.Pngs.Select(p => (Path.GetFileName(p), File.ReadAllBytes(p), "image/png"))]));
            Assert.Equal(HttpStatusCode.OK, batch.StatusCode);
            var results = (await Http.JsonAsync(batch)).GetProperty("predictions").EnumerateArray().ToArray();
            Assert.Equal(models.Pngs.Count, results.Length);
            for (var i = 0; i < results.Length; i++)
            {
                Assert.Equal(Path.GetFileName(models.Pngs[i]), results[i].GetProperty("image").GetString());
                Assert.Equal(expected[models.Pngs[i]].Class, results[i].GetProperty("class").GetString());
                Assert.Equal(2, results[i].GetProperty("top").GetArrayLength());
            }
        }
    }

    [Fact]
    public async Task Given_a_server_When_listing_models_reading_metrics_and_the_openapi_document_Then_each_describes_what_is_served()
    {
        await using var server = await TestServer.StartAsync([models.Hog, models.Cnn]);
        using var post = await server.Client.PostAsync(Http.Predict("cnn"), Http.Body(await File.ReadAllBytesAsync(models.Pngs[0]), "image/png"));

        var list = await Http.JsonAsync(await server.Client.GetAsync(new Uri("/v1/models", UriKind.Relative)));
        Assert.Equal(["hog-linear-svm", "cnn"], list.EnumerateArray().Select(m => m.GetProperty("name").GetString()));
        var hog = await Http.JsonAsync(await server.Client.GetAsync(new Uri("/v1/models/hog-linear-svm", UriKind.Relative)));
        Assert.Equal("hog", hog.GetProperty("features").GetString());
        Assert.Equal("calibrated+linear", hog.GetProperty("classifier").GetString());
        Assert.Equal(20, hog.GetProperty("input_width").GetInt32());
        Assert.Equal(10, hog.GetProperty("classes").GetArrayLength());
        Assert.Equal(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(models.Hog))), hog.GetProperty("run_id").GetString());
        Assert.Equal(42, hog.GetProperty("metadata").GetProperty("seed").GetInt32());
        var cnn = await Http.JsonAsync(await server.Client.GetAsync(new Uri("/v1/models/cnn", UriKind.Relative)));
        Assert.Equal("network", cnn.GetProperty("kind").GetString());
        Assert.Equal(1, cnn.GetProperty("metadata").GetProperty("channels").GetInt32());

        var metrics = await server.Client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Contains("classiccv_http_requests_total{model=\"cnn\",route=\"/v1/models/{name}/predict\",status=\"200\"} 1", metrics, StringComparison.Ordinal);
        Assert.Contains("classiccv_http_request_duration_seconds_bucket{model=\"cnn\",route=\"/v1/models/{name}/predict\",le=\"+Inf\"} 1", metrics, StringComparison.Ordinal);
        Assert.Contains("classiccv_images_predicted_total{model=\"cnn\"} 1", metrics, StringComparison.Ordinal);

        using var openApi = JsonDocument.Parse(await server.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var predict = openApi.RootElement.GetProperty("paths").GetProperty("/v1/models/{name}/predict").GetProperty("post");
        Assert.Equal("Predict", predict.GetProperty("operationId").GetString());
        Assert.True(predict.GetProperty("requestBody").GetProperty("content").TryGetProperty("image/png", out _));
        Assert.True(predict.GetProperty("responses").TryGetProperty("429", out _));
    }

    private Dictionary<string, (string Class, double Score)> PredictCsv(string folder)
    {
        var csv = Path.Combine(Path.GetTempPath(), $"classiccv-serve-{Guid.NewGuid():N}.csv");
        try
        {
            var (exit, output) = SavedModels.Cli("predict", "--model", folder, "--out", csv, models.Images);
            Assert.True(exit == 0, output);
            return File.ReadLines(csv).Skip(1).Select(line => line.Split(','))
                .ToDictionary(cells => cells[0], cells => (cells[1], double.Parse(cells[2], CultureInfo.InvariantCulture)), StringComparer.Ordinal);
        }
        finally
        {
            File.Delete(csv);
        }
    }
}
