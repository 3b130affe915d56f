using System.Reflection;
using System.Runtime.InteropServices;

namespace ClassicCv;

/// <summary>Versions of ClassicCv and of the libraries that do the work, for run.json and <c>classiccv --version</c>.</summary>
public static class VersionInfo
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
        ["onnxruntime"] = Informational(typeof(Microsoft.ML.OnnxRuntime.InferenceSession).Assembly),
        ["torchsharp"] = Informational(typeof(TorchSharp.torch).Assembly),
        ["processors"] = Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>One line for <c>classiccv --version</c>: ClassicCv's version, then the libraries' and the runtime's.</summary>
    public static string Line()
    {
        var v = Collect();
        return $"{v["classiccv"]} (OpenCV {v["opencv"]} via OpenCvSharp {v["opencvsharp"]}, ML.NET {v["mlnet"]}, TorchSharp {v["torchsharp"]}, ONNX Runtime {v["onnxruntime"]}, {v["dotnet"]})";
    }

    private static string Informational(Assembly assembly) =>
        (assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? assembly.GetName().Version?.ToString() ?? "unknown").Split('+')[0];
}
