using System.Net;

namespace ClassicCv.Serving.Tests;

[Collection(SavedModelsCollection.Name)]
public sealed class ModelServerLimitsTests(SavedModels models)
{
    [Fact]
    public async Task Given_a_model_that_has_not_finished_loading_When_probing_Then_live_but_not_ready_until_it_has_warmed_up()
    {
        using var loading = new ManualResetEventSlim();
        await using var server = await TestServer.StartAsync([models.Hog], new ServeOptions { Workers = 1 }, directory =>
        {
            loading.Wait(TimeSpan.FromSeconds(30));
            return SavedModels.Load(directory);
        }, waitUntilReady: false);
        var png = await File.ReadAllBytesAsync(models.Pngs[0]);

        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        using (var ready = await server.Client.GetAsync(new Uri("/readyz", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("application/problem+json", ready.Content.Headers.ContentType?.MediaType);
        }

        using (var early = await server.Client.PostAsync(Http.Predict("hog-linear-svm"), Http.Body(png, "image/png")))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, early.StatusCode);
            Assert.Equal("urn:classiccv:problem:not_ready", (await Http.JsonAsync(early)).GetProperty("type").GetString());
        }

        Assert.False((await Http.JsonAsync(await server.Client.GetAsync(new Uri("/v1/models", UriKind.Relative))))[0].GetProperty("ready").GetBoolean());
        loading.Set();
        await server.WaitUntilReadyAsync();
        Assert.Contains("classiccv_model_ready{model=\"hog-linear-svm\"} 1", await server.Client.GetStringAsync(new Uri("/metrics", UriKind.Relative)), StringComparison.Ordinal);
        using var later = await server.Client.PostAsync(Http.Predict("hog-linear-svm"), Http.Body(png, "image/png"));
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    [Fact]
    public async Task Given_one_worker_two_permits_and_a_queue_of_one_When_four_requests_arrive_Then_one_gets_429_one_times_out_with_503_and_the_others_are_answered()
    {
        using var gate = new ManualResetEventSlim();
        using var entered = new SemaphoreSlim(0);
        var options = new ServeOptions { Workers = 1, Concurrency = 2, QueueLimit = 1, RequestTimeout = TimeSpan.FromSeconds(1.5) };
        await using var server = await TestServer.StartAsync([models.Hog], options, directory => new GatedClassifier(SavedModels.Load(directory), gate, entered));
        var png = await File.ReadAllBytesAsync(models.Pngs[0]);
        Task<HttpResponseMessage> Post() => server.Client.PostAsync(Http.Predict("hog-linear-svm"), Http.Body(png, "image/png"));

        var predicting = Post();
        Assert.True(await entered.WaitAsync(TimeSpan.FromSeconds(20)), "the first request never reached the model");
        var waitingForWorker = Post();
        await Task.Delay(200);
        var queued = Post();
        await Task.Delay(200);
        using (var rejected = await Post())
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
            Assert.Equal("urn:classiccv:problem:rate_limited", (await Http.JsonAsync(rejected)).GetProperty("type").GetString());
        }

        using (var timedOut = await waitingForWorker)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, timedOut.StatusCode);
            Assert.Equal("urn:classiccv:problem:timeout", (await Http.JsonAsync(timedOut)).GetProperty("type").GetString());
        }

        gate.Set();
        using var first = await predicting;
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var last = await queued;
        Assert.Equal(HttpStatusCode.OK, last.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode);
    }
}
