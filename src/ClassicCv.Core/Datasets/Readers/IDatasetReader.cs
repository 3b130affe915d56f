namespace ClassicCv.Datasets.Readers;

/// <summary>Reads one on-disk dataset layout into an <see cref="ImageDataset"/> (metadata only).</summary>
public interface IDatasetReader
{
    /// <summary>The layout's name as shown to users (e.g. <c>image-folder</c>).</summary>
    string Format { get; }

    /// <summary>True when the path looks like this reader's layout; cheap, reads no pixels.</summary>
    /// <param name="path">An existing file or folder.</param>
    bool CanRead(string path);

    /// <summary>Reads the dataset.</summary>
    /// <param name="path">An existing file or folder for which <see cref="CanRead"/> returned true.</param>
    /// <exception cref="Errors.UserInputException">The layout is broken; the message names the file and what was expected.</exception>
    ImageDataset Read(string path);
}
