namespace ClassicCv.Serving;

/// <summary>A saved model to serve.</summary>
/// <param name="Name">Its name in URLs (<c>/v1/models/{name}</c>); by default the folder's name.</param>
/// <param name="Directory">The saved model folder (<c>reports/&lt;run&gt;/models/&lt;pipeline&gt;</c>).</param>
public sealed record ModelSource(string Name, string Directory)
{
    /// <summary>A model named after its folder.</summary>
    /// <param name="directory">The saved model folder.</param>
    public static ModelSource Of(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return new ModelSource(Path.GetFileName(Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar)), directory);
    }
}
