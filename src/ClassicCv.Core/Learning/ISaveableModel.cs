namespace ClassicCv.Learning;

/// <summary>A model that can write itself to a folder, to be read back by the loader registered for its <see cref="Kind"/>.</summary>
public interface ISaveableModel : IClassifierModel
{
    /// <summary>The name its loader is registered under (e.g. <c>linear</c>, <c>opencv-svm</c>).</summary>
    string Kind { get; }

    /// <summary>Writes the model's files into <paramref name="directory"/> (which exists).</summary>
    /// <param name="directory">The folder to write into.</param>
    void Save(string directory);
}
