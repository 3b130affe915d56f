using System.Reflection;
using System.Text.Json;

namespace ClassicCv.TestSupport;

/// <summary>What an assembly or a test program depends on, read from metadata and from the program's <c>.deps.json</c>.</summary>
public static class AssemblyDependencies
{
    /// <summary>The assemblies of ONNX Runtime, OnnxSharp and Protobuf, which only <c>ClassicCv.Onnx</c> may pull in.</summary>
    public static IReadOnlyList<string> Onnx { get; } = ["Microsoft.ML.OnnxRuntime", "OnnxSharp", "Google.Protobuf"];

    /// <summary>
    /// The names of every assembly <paramref name="root"/> references, following the references of ClassicCv's own
    /// assemblies (so what <c>ClassicCv.Core</c> references counts for <c>ClassicCv.OpenCv</c> too).
    /// </summary>
    /// <param name="root">The assembly to start from.</param>
    public static IReadOnlySet<string> ReferencedClosure(Assembly root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<Assembly>([root]);
        while (pending.TryDequeue(out var assembly))
        {
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (names.Add(reference.Name!) && reference.Name!.StartsWith("ClassicCv.", StringComparison.Ordinal))
                {
                    pending.Enqueue(Assembly.Load(reference));
                }
            }
        }

        return names;
    }

    /// <summary>The package and project names (without versions) in the <c>.deps.json</c> of the program built around <paramref name="program"/>.</summary>
    /// <param name="program">The program's main assembly (a test assembly: its test host reads that file).</param>
    public static IReadOnlySet<string> Libraries(Assembly program)
    {
        ArgumentNullException.ThrowIfNull(program);
        var path = Path.Combine(AppContext.BaseDirectory, program.GetName().Name + ".deps.json");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.GetProperty("libraries").EnumerateObject()
            .Select(library => library.Name[..library.Name.IndexOf('/', StringComparison.Ordinal)])
            .ToHashSet(StringComparer.Ordinal);
    }
}
