using System.Net;
using ClassicCv.Catalogs;
using ClassicCv.Models;
using OpenCvSharp;

namespace ClassicCv.Serving.Tests;

[Collection(SavedModelsCollection.Name)]
public sealed class ModelBatcherTests(SavedModels models)
{
    [Fact]
    public async Task Given_micro_batching_and_requests_waiting_behind_a_busy_worker_When_it_is_free_Then_one_call_classifies_them_all_and_each_request_gets_exactly_its_own_predictions()
    {
        foreach (var (folder, name) in new[] { (models.Hog, "hog-linear-svm"), (models.Cnn, "cnn") })
        {
            var expected = PerImage(folder);
            using var gate = new ManualResetEventSlim();
            using var entered = new SemaphoreSlim(0);
            GatedClassifier? gated = null;
            var options = new ServeOptions { Workers = 1, BatchWindow = TimeSpan.Zero, MaxBatch = 8, RequestLogs = false };
            await using var server = await TestServer.StartAsync([folder], options, dir =>
                gated = new GatedClassifier(SavedModel.Load(dir, FeatureCatalog.ParseOne, ModelCatalog.Load, networkBatch: 8), gate, entered));
            var pngs = models.Pngs;

            // The first request holds the only worker; five single-image requests and one of two images queue behind it.
            var first = server.Client.PostAsync(Http.Predict(name), Http.Body(File.ReadAllBytes(pngs[0]), "image/png"));
            Assert.True(await entered.WaitAsync(TimeSpan.FromSeconds(30)));
            var singles = pngs.Skip(1).Select(p => server.Client.PostAsync(Http.Predict(name), Http.Body(File.ReadAllBytes(p), "image/png"))).ToArray();
            var pair = server.Client.PostAsync(Http.Predict(name), Http.Form([.. new[] { pngs[5], pngs[2] }.Select(p => (Path.GetFileName(p), File.ReadAllBytes(p), "image/png"))]));
            Assert.True(server.Server.Models.TryGet(name, out var served));
            var batcher = Assert.IsType<ModelBatcher>(served.Workers.Batcher);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (batcher.Waiting < 6 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(10);
            }

            Assert.Equal(6, batcher.Waiting);
            gate.Set();

            var answers = new List<(string Png, HttpResponseMessage Response)> { (pngs[0], await first) };
            answers.AddRange(pngs.Skip(1).Zip(await Task.WhenAll(singles)));
            foreach (var (png, response) in answers)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var prediction = Assert.Single((await Http.JsonAsync(response)).GetProperty("predictions").EnumerateArray());
                Assert.Equal(expected[png].Class, prediction.GetProperty("class").GetString());
                Assert.Equal(expected[png].Score, prediction.GetProperty("score").GetDouble(), 1e-4);
            }

            var both = (await Http.JsonAsync(await pair)).GetProperty("predictions").EnumerateArray().ToArray();
            Assert.Equal([Path.GetFileName(pngs[5]), Path.GetFileName(pngs[2])], both.Select(p => p.GetProperty("image").GetString()));
            Assert.Equal([expected[pngs[5]].Class, expected[pngs[2]].Class], both.Select(p => p.GetProperty("class").GetString()));
            Assert.Equal(expected[pngs[2]].Score, both[1].GetProperty("score").GetDouble(), 1e-4);

            // Warm-up, the first request, then all seven waiting images in one call (one forward pass for the network).
            Assert.Equal([1, 1, 7], gated!.Calls);
        }
    }

    [Fact]
    public async Task Given_micro_batching_with_a_window_When_a_request_times_out_while_waiting_Then_it_gets_503_the_one_in_the_batch_is_answered_and_the_server_keeps_answering()
    {
        using var gate = new ManualResetEventSlim();
        using var entered = new SemaphoreSlim(0);
        var options = new ServeOptions { Workers = 1, BatchWindow = TimeSpan.FromMilliseconds(5), RequestTimeout = TimeSpan.FromSeconds(1), RequestLogs = false };
        await using var server = await TestServer.StartAsync([models.Hog], options, dir => new GatedClassifier(SavedModels.Load(dir), gate, entered));
        var png = File.ReadAllBytes(models.Pngs[0]);

        var held = server.Client.PostAsync(Http.Predict("hog-linear-svm"), Http.Body(png, "image/png"));
        Assert.True(await entered.WaitAsync(TimeSpan.FromSeconds(30)));
        using var waiting = await server.Client.PostAsync(Http.Predict("hog-linear-svm"), Http.Body(png, "image/png"));
        gate.Set();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, waiting.StatusCode);
        Assert.Equal("timeout", (await Http.JsonAsync(waiting)).GetProperty("kind").GetString());
        // The request a batch already held is answered: its images were in use, so it could not give up.
        using var late = await held;
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        using var after = await server.Client.PostAsync(Http.Predict("hog-linear-svm"), Http.Body(png, "image/png"));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    private Dictionary<string, (string Class, double Score)> PerImage(string folder)
    {
        using var model = SavedModels.Load(folder);
        var result = new Dictionary<string, (string, double)>(StringComparer.Ordinal);
        foreach (var png in models.Pngs)
        {
            using var image = Cv2.ImRead(png, model.Mode == OpenCv.Imaging.ImageReadMode.Grayscale ? ImreadModes.Grayscale : ImreadModes.Color);
            var prediction = model.Predict([image]);
            result[png] = (model.ClassNames[prediction.Labels[0]], prediction.TopScore(0, model.ClassNames.Count));
        }

        return result;
    }
}
