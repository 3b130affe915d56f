namespace ClassicCv.Features.Transforms;

/// <summary>A fitted transform that can write itself to a folder, to be read back by the loader registered for its <see cref="Kind"/>.</summary>
public interface ISaveableTransform : IFittedFeatureTransform
{
    /// <summary>The name its loader is registered under (e.g. <c>rff</c>).</summary>
    string Kind { get; }

    /// <summary>Writes the transform's files into <paramref name="directory"/> (which exists).</summary>
    /// <param name="directory">The folder to write into.</param>
    void Save(string directory);
}
