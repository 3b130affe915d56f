namespace ClassicCv.TestSupport;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    /// <summary>Creates the folder.</summary>
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("classiccv-test-").FullName;
    }

    /// <summary>The folder's absolute path.</summary>
    public string Path { get; }

    /// <summary>An absolute path inside the folder; parent folders are created.</summary>
    /// <param name="relative">Path relative to the folder, '/'-separated.</param>
    public string File(string relative)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        return full;
    }

    /// <summary>Creates a subfolder and returns its path.</summary>
    /// <param name="relative">Path relative to the folder.</param>
    public string Folder(string relative) => Directory.CreateDirectory(System.IO.Path.Combine(Path, relative)).FullName;

    /// <inheritdoc />
    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
