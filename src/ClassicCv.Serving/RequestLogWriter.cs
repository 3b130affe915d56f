using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace ClassicCv.Serving;

/// <summary>
/// Writes the request log as JSON lines, off the request threads: a request only queues its entry (a bounded queue;
/// when it is full the entry is dropped and counted in <c>classiccv_request_log_dropped_total</c>, so a slow log
/// reader never slows or blocks predictions), and one background task formats what is queued and writes it in as
/// few writes as it can. Each line has the fields of the JSON console logger: <c>Timestamp</c>, <c>EventId</c>,
/// <c>LogLevel</c>, <c>Category</c>, <c>Message</c> and <c>State</c> (method, path, route, model, status, milliseconds).
/// </summary>
public sealed class RequestLogWriter : IAsyncDisposable
{
    /// <summary>The <c>Category</c> of every line.</summary>
    public const string Category = "ClassicCv.Serving.RequestLog";

    private const int FlushBytes = 32 * 1024;
    private readonly Channel<RequestLogEntry> _entries;
    private readonly TextWriter _output;
    private readonly Task _writing;

    /// <summary>Starts the background writer.</summary>
    /// <param name="output">Where the lines go (e.g. <see cref="Console.Out"/>, which is synchronized, so lines never
    /// interleave with other loggers' lines); flushed after every batch.</param>
    /// <param name="dropped">Called once per entry dropped because <paramref name="capacity"/> entries were already queued.</param>
    /// <param name="capacity">Most entries queued (≥ 1).</param>
    public RequestLogWriter(TextWriter output, Action dropped, int capacity = 16384)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(dropped);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _output = output;
        _entries = Channel.CreateBounded<RequestLogEntry>(
            new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true },
            _ => dropped());
        _writing = Task.Run(WriteAllAsync);
    }

    /// <summary>Queues one entry; never blocks.</summary>
    /// <param name="entry">The request.</param>
    public void Write(in RequestLogEntry entry) => _entries.Writer.TryWrite(entry);

    /// <summary>Writes what is queued and stops; later entries are ignored.</summary>
    public async ValueTask DisposeAsync()
    {
        _entries.Writer.TryComplete();
        await _writing.ConfigureAwait(false);
    }

    /// <summary>One entry as a JSON object, without the line break.</summary>
    /// <param name="json">Where to write.</param>
    /// <param name="entry">The request.</param>
    public static void Format(Utf8JsonWriter json, in RequestLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(json);
        var elapsed = Math.Round(entry.ElapsedMs, 3);
        json.WriteStartObject();
        json.WriteString("Timestamp", entry.Timestamp.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
        json.WriteNumber("EventId", 0);
        json.WriteString("LogLevel", "Information");
        json.WriteString("Category", Category);
        json.WriteString("Message", string.Create(CultureInfo.InvariantCulture, $"{entry.Method} {entry.Path} {entry.Route} {entry.Model} {entry.Status} {elapsed}"));
        json.WriteStartObject("State");
        json.WriteString("Method", entry.Method);
        json.WriteString("Path", entry.Path);
        json.WriteString("Route", entry.Route);
        json.WriteString("Model", entry.Model);
        json.WriteNumber("Status", entry.Status);
        json.WriteNumber("ElapsedMs", elapsed);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private async Task WriteAllAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(FlushBytes * 2);
        await using var json = new Utf8JsonWriter(buffer);
        var reader = _entries.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var entry))
            {
                Format(json, entry);
                json.Flush();
                json.Reset();
                buffer.Write("\n"u8);
                if (buffer.WrittenCount >= FlushBytes)
                {
                    await FlushAsync(buffer).ConfigureAwait(false);
                }
            }

            await FlushAsync(buffer).ConfigureAwait(false);
        }
    }

    private async Task FlushAsync(ArrayBufferWriter<byte> buffer)
    {
        if (buffer.WrittenCount == 0)
        {
            return;
        }

        var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
        buffer.ResetWrittenCount();
        try
        {
            await _output.WriteAsync(text).ConfigureAwait(false);
            await _output.FlushAsync().ConfigureAwait(false);
        }
        catch (IOException)
        {
            // The log's reader went away (a closed pipe): requests are still answered; the lines are lost.
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
