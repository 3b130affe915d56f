using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace ClassicCv.Serving.Tests;

[Collection(SavedModelsCollection.Name)]
public sealed partial class ServeCommandShutdownTests(SavedModels models)
{
    [Fact]
    public async Task Given_classiccv_serve_in_a_child_process_When_SIGTERM_arrives_during_a_request_Then_the_request_is_answered_and_the_process_exits_0()
    {
        using var child = Process.Start(new ProcessStartInfo("dotnet", [Classiccv(), "serve", "--model", models.Hog, "--port", "0", "--workers", "1", "--no-request-logs"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        try
        {
            var output = new StringBuilder();
            var listening = new TaskCompletionSource<Uri>();
            child.OutputDataReceived += (_, e) =>
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                }

                if (e.Data is { } line && Listening().Match(line) is { Success: true } match)
                {
                    listening.TrySetResult(new Uri(match.Groups[1].Value));
                }
            };
            child.ErrorDataReceived += (_, e) =>
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                }
            };
            child.BeginOutputReadLine();
            child.BeginErrorReadLine();
            var address = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
            using var client = new HttpClient { BaseAddress = address };
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while ((await client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode != HttpStatusCode.OK)
            {
                Assert.True(DateTime.UtcNow < deadline, output.ToString());
                await Task.Delay(50);
            }

            // A request whose body is half sent when SIGTERM arrives is in flight: the server must still answer it.
            var png = await File.ReadAllBytesAsync(models.Pngs[0]);
            using var socket = new TcpClient();
            await socket.ConnectAsync(address.Host, address.Port);
            var stream = socket.GetStream();
            var head = $"POST /v1/models/hog-linear-svm/predict HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: image/png\r\nContent-Length: {png.Length}\r\nConnection: close\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            await stream.WriteAsync(png.AsMemory(0, png.Length / 2));
            await stream.FlushAsync();
            await Task.Delay(500);
            using (var kill = Process.Start("kill", ["-TERM", child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            await Task.Delay(500);
            Assert.False(child.HasExited, output.ToString());
            await stream.WriteAsync(png.AsMemory(png.Length / 2));
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var response = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));

            Assert.StartsWith("HTTP/1.1 200", response, StringComparison.Ordinal);
            Assert.Contains("\"model\":\"hog-linear-svm\"", response, StringComparison.Ordinal);
            await child.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.True(child.ExitCode == 0, output.ToString());
        }
        finally
        {
            if (!child.HasExited)
            {
                child.Kill();
            }
        }
    }

    /// <summary>The <c>classiccv.dll</c> built beside the test's own build (same configuration), run with its own dependency file.</summary>
    private static string Classiccv()
    {
        var build = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var framework = Path.GetFileName(build);
        var configuration = Path.GetFileName(Path.GetDirectoryName(build))!;
        for (var folder = new DirectoryInfo(build); folder is not null; folder = folder.Parent)
        {
            var dll = Path.Combine(folder.FullName, "src", "ClassicCv.Cli", "bin", configuration, framework, "classiccv.dll");
            if (File.Exists(dll))
            {
                return dll;
            }
        }

        throw new FileNotFoundException($"classiccv.dll of {configuration}/{framework} not found above {build}.");
    }

    [GeneratedRegex(@"listening on (http://\S+/)")]
    private static partial Regex Listening();
}
