using ClassicCv.Errors;

namespace ClassicCv.Datasets.Readers;

/// <summary>
/// Reads <c>ROOT/&lt;class&gt;/&lt;image&gt;</c>; when <c>ROOT/train/</c> and <c>ROOT/test/</c> both exist,
/// their class folders give the predefined split. Class names are folder names sorted ordinally.
/// Files that are not images (by signature or file type), files in sub-folders of a class folder and hidden folders
/// (whose name starts with '.') are skipped and listed; hidden files are ignored. A folder that cannot be read is an error.
/// </summary>
public sealed class ImageFolderReader : IDatasetReader
{
    private readonly DatasetFingerprintKind _fingerprint;

    /// <summary>Creates a reader whose datasets carry a fingerprint of the given kind.</summary>
    /// <param name="fingerprint">Content (the bytes of every image, the default) or listing (ids, labels and file sizes only).</param>
    public ImageFolderReader(DatasetFingerprintKind fingerprint = DatasetFingerprintKind.Content)
    {
        _fingerprint = fingerprint;
    }

    /// <inheritdoc />
    public string Format => "image-folder";

    /// <inheritdoc />
    public bool CanRead(string path) => Directory.Exists(path);

    /// <inheritdoc />
    public ImageDataset Read(string path)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var trainRoot = Path.Combine(root, "train");
        var testRoot = Path.Combine(root, "test");
        var predefined = Directory.Exists(trainRoot) && Directory.Exists(testRoot);
        var parts = predefined
            ? new[] { (Folder: trainRoot, Role: (SplitRole?)SplitRole.Train), (Folder: testRoot, Role: (SplitRole?)SplitRole.Test) }
            : new[] { (Folder: root, Role: (SplitRole?)null) };

        if (!Readable(root, () => Directory.EnumerateFileSystemEntries(root).Any()))
        {
            throw new UserInputException($"Dataset folder '{root}' is empty; expected class subfolders such as '{root}/<class>/<image>.png'.");
        }

        var skipped = new List<SkippedImage>();
        foreach (var (folder, _) in parts)
        {
            skipped.AddRange(Readable(folder, () => Directory.EnumerateDirectories(folder).Where(IsHidden).Order(StringComparer.Ordinal).ToArray())
                .Select(hidden => new SkippedImage(hidden, "is a hidden folder (its name starts with '.'), so it is not read as a class; rename it to use it")));
        }

        var classNames = parts
            .SelectMany(part => VisibleDirectories(part.Folder).Select(Path.GetFileName))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (classNames.Length == 0)
        {
            throw new UserInputException($"Dataset folder '{root}' has no class subfolders; expected '{root}/<class>/<image>' (one folder per class).");
        }

        var labelByName = classNames.Select((name, label) => (name, label)).ToDictionary(p => p.name, p => p.label, StringComparer.Ordinal);
        var items = new List<DatasetItem>();
        foreach (var (folder, role) in parts)
        {
            foreach (var classFolder in VisibleDirectories(folder).Order(StringComparer.Ordinal))
            {
                var label = labelByName[Path.GetFileName(classFolder)];
                var (files, nested) = Readable(classFolder, () => (VisibleFiles(classFolder).Order(StringComparer.Ordinal).ToArray(), NestedFiles(classFolder)));
                skipped.AddRange(nested.Select(file => new SkippedImage(file, $"is in a sub-folder of class folder '{classFolder}'; only files directly in a class folder are read")));
                foreach (var file in files)
                {
                    var problem = ImageFileSignature.Check(file);
                    if (problem is null)
                    {
                        var id = Path.GetRelativePath(root, file).Replace('\\', '/');
                        items.Add(new DatasetItem(id, new FileImageLocation(file), label, role));
                    }
                    else
                    {
                        skipped.Add(new SkippedImage(file, problem));
                    }
                }
            }
        }

        DatasetValidation.Validate(root, classNames, items);
        return new ImageDataset(Path.GetFileName(root), root, Format, classNames, items, skipped, DatasetFingerprint.Compute(_fingerprint, classNames, items));
    }

    private static IEnumerable<string> VisibleDirectories(string folder) =>
        Readable(folder, () => Directory.EnumerateDirectories(folder).Where(dir => !IsHidden(dir)).ToArray());

    private static bool IsHidden(string path) => Path.GetFileName(path).StartsWith('.');

    /// <summary>Visible files in the visible sub-folders of a class folder, which are not read (listed as skipped).</summary>
    private static string[] NestedFiles(string classFolder) =>
        Directory.EnumerateDirectories(classFolder).Where(dir => !IsHidden(dir))
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
            .Where(file => !IsHidden(file))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>Runs a listing of <paramref name="folder"/>, turning a folder this user may not read into a user error.</summary>
    private static T Readable<T>(string folder, Func<T> list)
    {
        try
        {
            return list();
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            throw new UserInputException($"Dataset folder '{folder}' cannot be read ({exception.Message}); expected a folder this user may list (check its permissions).", exception);
        }
    }

    private static IEnumerable<string> VisibleFiles(string folder) =>
        Directory.EnumerateFiles(folder).Where(file => !Path.GetFileName(file).StartsWith('.'));
}
