using ClassicCv.Datasets.Readers;
using ClassicCv.Errors;

namespace ClassicCv.Datasets;

/// <summary>
/// Turns a <c>--dataset</c> value into a dataset: a built-in name (<c>digits</c>) or a path whose layout is
/// recognised by the first reader that accepts it (grid sheet, IDX, manifest, image folder).
/// </summary>
public sealed class DatasetResolver
{
    private readonly IReadOnlyList<IDatasetReader> _readers;

    private readonly string _builtInRoot;

    /// <summary>Creates a resolver whose built-in datasets live under <paramref name="builtInRoot"/>.</summary>
    /// <param name="builtInRoot">Folder holding one subfolder per built-in dataset (shipped beside the program).</param>
    public DatasetResolver(string builtInRoot)
        : this(builtInRoot, DatasetFingerprintKind.Content)
    {
    }

    /// <summary>Creates a resolver whose datasets carry a fingerprint of the given kind.</summary>
    /// <param name="builtInRoot">Folder holding one subfolder per built-in dataset (shipped beside the program).</param>
    /// <param name="fingerprint">Content (the bytes of every image) or listing (ids, labels and file sizes; reads no pixels).</param>
    public DatasetResolver(string builtInRoot, DatasetFingerprintKind fingerprint)
    {
        _builtInRoot = builtInRoot;
        _readers = [new GridSheetReader(fingerprint), new IdxReader(fingerprint), new ManifestReader(fingerprint), new ImageFolderReader(fingerprint)];
    }

    /// <summary>Names of the built-in datasets.</summary>
    public IReadOnlyList<string> BuiltInNames =>
        Directory.Exists(_builtInRoot) ? Directory.GetDirectories(_builtInRoot).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray() : [];

    /// <summary>Reads the dataset named or located by <paramref name="spec"/>.</summary>
    /// <param name="spec">A built-in name or a path to a folder or manifest.</param>
    /// <exception cref="UserInputException">Nothing readable is there; the message says what was expected.</exception>
    public ImageDataset Resolve(string spec)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(spec);
        var builtIn = Path.Combine(_builtInRoot, spec);
        var path = !spec.Contains('/') && !spec.Contains('\\') && Directory.Exists(builtIn) && !Directory.Exists(spec) ? builtIn : spec;
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new UserInputException($"Dataset '{spec}' does not exist; expected a folder of class subfolders, an IDX folder, a .csv/.tsv manifest, a grid-sheet dataset.json, or a built-in name ({string.Join(", ", BuiltInNames)}).");
        }

        var reader = _readers.FirstOrDefault(candidate => candidate.CanRead(path))
            ?? throw new UserInputException($"Dataset '{path}' is a file of a kind ClassicCv does not read; expected a .csv/.tsv manifest, a dataset.json, or a folder.");
        return reader.Read(path);
    }
}
