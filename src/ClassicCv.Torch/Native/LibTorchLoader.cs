using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace ClassicCv.Torch.Native;

/// <summary>
/// Makes TorchSharp's native bridge load on hosts with an older C++ runtime (Debian 12, Ubuntu 22.04: GCC 12's
/// libstdc++). TorchSharp 0.107's <c>libLibTorchSharp.so</c> requires the version <c>GLIBCXX_3.4.32</c> (GCC 13),
/// but the only symbol it takes at that version is <c>std::ios_base_library_init()</c>, a marker that GCC 13's
/// <c>&lt;iostream&gt;</c> references without ever calling (no relocation uses it). When the library loads as
/// shipped, this does nothing. Otherwise it writes a copy whose <c>GLIBCXX_3.4.32</c> requirement is marked weak
/// (two bytes differ) to a per-user cache folder, loads libtorch's own libraries from the package folder, then the
/// copy; TorchSharp then finds <c>libLibTorchSharp.so</c> already loaded by its soname. No compiler is needed and
/// nothing in the application folder is modified.
/// </summary>
public static class LibTorchLoader
{
    /// <summary>The version requirement made weak.</summary>
    public const string MissingVersion = "GLIBCXX_3.4.32";

    private static readonly Lock Gate = new();
    private static string? _outcome;

    /// <summary>
    /// The folder holding libtorch and <c>libLibTorchSharp.so</c>: <c>runtimes/linux-x64/native</c> in a portable
    /// build, the application folder itself in a linux-x64 build or publish.
    /// </summary>
    public static string NativeFolder
    {
        get
        {
            var portable = Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native");
            return Directory.Exists(portable) ? portable : AppContext.BaseDirectory;
        }
    }

    /// <summary>What happened: <c>as shipped</c>, <c>patched copy PATH</c>, or <c>not Linux</c>. Loads on first use.</summary>
    public static string EnsureLoaded()
    {
        lock (Gate)
        {
            _outcome ??= Load(NativeFolder);
            return _outcome;
        }
    }

    /// <summary>Writes (once) the patched copy of <paramref name="original"/> into <paramref name="cacheRoot"/> and returns its path.</summary>
    /// <param name="original">The shipped <c>libLibTorchSharp.so</c>.</param>
    /// <param name="cacheRoot">A folder the user may write.</param>
    public static string PatchedCopy(string original, string cacheRoot)
    {
        var bytes = File.ReadAllBytes(original);
        var hash = Convert.ToHexString(SHA256.HashData(bytes))[..16].ToLowerInvariant();
        var folder = Path.Combine(cacheRoot, $"libtorchsharp-{hash}");
        var target = Path.Combine(folder, Path.GetFileName(original));
        if (File.Exists(target))
        {
            return target;
        }

        if (!ElfVersionPatch.MakeWeak(bytes, MissingVersion))
        {
            throw new InvalidOperationException($"'{original}' does not require {MissingVersion}; it should have loaded as shipped.");
        }

        Directory.CreateDirectory(folder);
        var temporary = target + $".{Environment.ProcessId}.tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, target, overwrite: true);
        return target;
    }

    private static string Load(string nativeFolder)
    {
        if (!OperatingSystem.IsLinux())
        {
            return "not Linux";
        }

        var original = Path.Combine(nativeFolder, "libLibTorchSharp.so");
        if (!File.Exists(original) || NativeLibrary.TryLoad(original, out _))
        {
            return "as shipped";
        }

        // libtorch's own libraries load from the package folder first, so the copy binds to them by soname.
        foreach (var dependency in new[] { "libc10.so", "libtorch_cpu.so", "libtorch.so" })
        {
            NativeLibrary.Load(Path.Combine(nativeFolder, dependency));
        }

        var cacheRoot = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create) is { Length: > 0 } home ? home : Path.GetTempPath(), "classiccv");
        var patched = PatchedCopy(original, cacheRoot);
        NativeLibrary.Load(patched);
        return $"patched copy {patched}";
    }
}
