using System.Reflection;
using System.Runtime.InteropServices;

namespace ClassicCv.Cli;

/// <summary>Versions of ClassicCv and of the libraries that do the work, for run.json.</summary>
internal static class VersionInfo
{
    /// <summary>Collects the versions.</summary>
    public static IReadOnlyDictionary<string, string> Collect() => new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["classiccv"] = Informational(typeof(VersionInfo).Assembly),
        ["dotnet"] = RuntimeInformation.FrameworkDescription,
        ["os"] = RuntimeInformation.OSDescription,
        ["opencv"] = OpenCvSharp.Cv2.GetVersionString() ?? "unknown",
        ["opencvsharp"] = Informational(typeof(OpenCvSharp.Cv2).Assembly),
        ["mlnet"] = Informational(typeof(Microsoft.ML.MLContext).Assembly),
        ["processors"] = Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Informational(Assembly assembly) =>
        (assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? assembly.GetName().Version?.ToString() ?? "unknown").Split('+')[0];
}
