using System.Diagnostics;

namespace ClassicCv.Cli.Tests.Sharding;

/// <summary>The built <c>classiccv</c> program (beside the test assembly), run as its own process with <c>dotnet</c>.</summary>
internal static class ClassicCvProcess
{
    /// <summary>The program's assembly.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "classiccv.dll");

    /// <summary>Starts <c>dotnet classiccv.dll</c> with <paramref name="args"/>, output captured.</summary>
    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
    }
}
