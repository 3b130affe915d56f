using System.Text;
using System.Text.Json;

namespace ClassicCv.Serving.Tests;

public sealed class RequestLogWriterTests
{
    [Fact]
    public async Task Given_requests_When_the_writer_is_disposed_Then_each_is_one_json_line_with_the_logger_fields()
    {
        var output = new StringWriter();
        var dropped = 0;
        var writer = new RequestLogWriter(output, () => dropped++);
        var at = new DateTime(2026, 12, 1, 13, 0, 0, 123, DateTimeKind.Utc);

        writer.Write(new RequestLogEntry(at, "POST", "/v1/models/a \"b\"/predict", "/v1/models/{name}/predict", "-", 404, 0.12345));
        writer.Write(new RequestLogEntry(at, "GET", "/healthz", "/healthz", "-", 200, 2));
        await writer.DisposeAsync();

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        Assert.Equal("2026-12-01T13:00:00.123Z", root.GetProperty("Timestamp").GetString());
        Assert.Equal("Information", root.GetProperty("LogLevel").GetString());
        Assert.Equal(RequestLogWriter.Category, root.GetProperty("Category").GetString());
        Assert.Equal("POST /v1/models/a \"b\"/predict /v1/models/{name}/predict - 404 0.123", root.GetProperty("Message").GetString());
        var state = root.GetProperty("State");
        Assert.Equal("/v1/models/a \"b\"/predict", state.GetProperty("Path").GetString());
        Assert.Equal(404, state.GetProperty("Status").GetInt32());
        Assert.Equal(0.123, state.GetProperty("ElapsedMs").GetDouble());
        Assert.Equal(0, dropped);
    }

    [Fact]
    public async Task Given_a_log_reader_that_is_stuck_When_more_requests_arrive_than_the_queue_holds_Then_the_rest_are_dropped_and_counted_without_blocking()
    {
        using var output = new StuckWriter();
        var dropped = 0;
        var writer = new RequestLogWriter(output, () => Interlocked.Increment(ref dropped), capacity: 2);
        var entry = new RequestLogEntry(DateTime.UtcNow, "GET", "/healthz", "/healthz", "-", 200, 1);

        writer.Write(entry);
        Assert.True(output.Entered.Wait(TimeSpan.FromSeconds(30)));
        for (var i = 0; i < 5; i++)
        {
            writer.Write(entry);
        }

        Assert.Equal(3, dropped);
        output.Release.Set();
        await writer.DisposeAsync();
        Assert.Equal(3, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    /// <summary>A writer whose first write blocks until the test releases it.</summary>
    private sealed class StuckWriter : StringWriter
    {
        public ManualResetEventSlim Entered { get; } = new();

        public ManualResetEventSlim Release { get; } = new();

        public override Encoding Encoding => Encoding.UTF8;

        public override Task WriteAsync(string? value)
        {
            Entered.Set();
            Release.Wait(TimeSpan.FromSeconds(30));
            return base.WriteAsync(value);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Entered.Dispose();
                Release.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
