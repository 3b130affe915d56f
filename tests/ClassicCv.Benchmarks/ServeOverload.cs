using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace ClassicCv.Benchmarks;

/// <summary>
/// <c>serve-overload URL PNG RATE SECONDS EXPECTED_CLASS</c>: an open-loop load generator for <c>classiccv serve</c>.
/// Requests leave at a fixed rate whatever the answers (unlike wrk, whose connections wait for them), so the server
/// can be driven past what it sustains; prints how many answers were correct, refused (429/503) or anything else.
/// </summary>
internal static class ServeOverload
{
    public static int Run(string[] args)
    {
        if (args.Length != 5)
        {
            Console.Error.WriteLine("usage: serve-overload URL PNG RATE SECONDS EXPECTED_CLASS");
            return 2;
        }

        var url = new Uri(args[0]);
        var png = File.ReadAllBytes(args[1]);
        var rate = double.Parse(args[2], CultureInfo.InvariantCulture);
        var seconds = double.Parse(args[3], CultureInfo.InvariantCulture);
        var expected = args[4];
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 4096 }) { Timeout = TimeSpan.FromSeconds(120) };
        var statuses = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var latencies = new ConcurrentBag<double>();
        var total = (int)(rate * seconds);
        var clock = Stopwatch.StartNew();
        var requests = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / rate);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                Thread.Sleep(wait);
            }

            requests.Add(Send(client, url, png, expected, statuses, latencies));
        }

        var sent = clock.Elapsed.TotalSeconds;
        Task.WaitAll([.. requests]);
        var sorted = latencies.Order().ToArray();
        double Percentile(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sent {total} requests in {sent:0.0} s ({total / sent:0} req/s offered); answers: {string.Join(", ", statuses.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"))}; correct-answer latency p50 {Percentile(0.5) * 1000:0.0} ms, p99 {Percentile(0.99) * 1000:0.0} ms"));
        return statuses.Keys.All(k => k is "200 correct" or "429" or "503") ? 0 : 1;
    }

    private static async Task Send(HttpClient client, Uri url, byte[] png, string expected, ConcurrentDictionary<string, int> statuses, ConcurrentBag<double> latencies)
    {
        var start = Stopwatch.GetTimestamp();
        string outcome;
        try
        {
            using var content = new ByteArrayContent(png);
            content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            using var response = await client.PostAsync(url, content);
            var body = await response.Content.ReadAsStringAsync();
            var code = (int)response.StatusCode;
            if (code == 200)
            {
                using var json = JsonDocument.Parse(body);
                var predicted = json.RootElement.GetProperty("predictions")[0].GetProperty("class").GetString();
                outcome = predicted == expected ? "200 correct" : $"200 wrong ({predicted})";
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
            }
            else
            {
                outcome = code.ToString(CultureInfo.InvariantCulture);
            }
        }
        catch (HttpRequestException error)
        {
            outcome = $"transport error ({error.HttpRequestError})";
        }

        statuses.AddOrUpdate(outcome, 1, (_, n) => n + 1);
    }
}
