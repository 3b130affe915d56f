using ClassicCv.Errors;

namespace ClassicCv.Datasets.Readers;

/// <summary>
/// Reads an MNIST-style folder: <c>train-images-idx3-ubyte</c> / <c>train-labels-idx1-ubyte</c> and
/// <c>t10k-*</c> (raw or <c>.gz</c>), which give the predefined split. A folder whose path names
/// Fashion-MNIST gets its ten class names; otherwise classes are named by their label number.
/// </summary>
public sealed class IdxReader : IDatasetReader
{
    private readonly DatasetFingerprintKind _fingerprint;

    /// <summary>Creates a reader whose datasets carry a fingerprint of the given kind.</summary>
    /// <param name="fingerprint">Content (the bytes of every image, the default) or listing (ids, labels and file sizes only).</param>
    public IdxReader(DatasetFingerprintKind fingerprint = DatasetFingerprintKind.Content)
    {
        _fingerprint = fingerprint;
    }

    /// <summary>Fashion-MNIST's class names, by label.</summary>
    public static readonly IReadOnlyList<string> FashionMnistClasses =
        ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"];

    /// <inheritdoc />
    public string Format => "idx";

    /// <inheritdoc />
    public bool CanRead(string path) => Directory.Exists(path) && Find(path, "train", "images-idx3-ubyte") is not null;

    /// <inheritdoc />
    public ImageDataset Read(string path)
    {
        var root = Path.GetFullPath(path);
        var parts = new List<(IdxFile Images, byte[] Labels, SplitRole Role, string Prefix)>();
        foreach (var (prefix, role) in new[] { ("train", SplitRole.Train), ("t10k", SplitRole.Test) })
        {
            var imagesPath = Find(root, prefix, "images-idx3-ubyte")
                ?? throw new UserInputException($"IDX folder '{root}' has no {prefix}-images-idx3-ubyte[.gz]; expected both train-* and t10k-* files.");
            var labelsPath = Find(root, prefix, "labels-idx1-ubyte")
                ?? throw new UserInputException($"IDX folder '{root}' has no {prefix}-labels-idx1-ubyte[.gz] beside '{imagesPath}'.");
            var images = IdxFile.Open(imagesPath, IdxFile.ImagesMagic);
            var labelsFile = IdxFile.Open(labelsPath, IdxFile.LabelsMagic);
            if (labelsFile.Count != images.Count)
            {
                throw new UserInputException($"IDX labels '{labelsPath}' hold {labelsFile.Count} labels but images '{imagesPath}' hold {images.Count}; expected equal counts.");
            }

            parts.Add((images, ReadLabels(labelsFile), role, prefix));
        }

        var classCount = parts.Max(part => part.Labels.Max()) + 1;
        var classNames = root.Contains("fashion", StringComparison.OrdinalIgnoreCase) && classCount == FashionMnistClasses.Count
            ? FashionMnistClasses.ToArray()
            : Enumerable.Range(0, classCount).Select(label => label.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        var items = new List<DatasetItem>();
        foreach (var (images, labels, role, prefix) in parts)
        {
            for (var i = 0; i < images.Count; i++)
            {
                var location = new IdxImageLocation(images.Path, i, images.Dimensions[1], images.Dimensions[2]);
                items.Add(new DatasetItem($"{prefix}[{i}]", location, labels[i], role));
            }
        }

        DatasetValidation.Validate(root, classNames, items);
        return new ImageDataset(Path.GetFileName(root), root, Format, classNames, items, [], DatasetFingerprint.Compute(_fingerprint, classNames, items));
    }

    private static byte[] ReadLabels(IdxFile labels)
    {
        using var stream = IdxFile.OpenData(labels.Path);
        stream.ReadExactly(new byte[labels.HeaderSize]);
        var data = new byte[labels.Count];
        stream.ReadExactly(data);
        return data;
    }

    private static string? Find(string folder, string prefix, string kind) =>
        new[] { $"{prefix}-{kind}", $"{prefix}-{kind}.gz", $"{prefix}-{kind.Replace("-idx", ".idx", StringComparison.Ordinal)}" }
            .Select(name => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
