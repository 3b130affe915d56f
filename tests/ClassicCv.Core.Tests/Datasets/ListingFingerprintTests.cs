using ClassicCv.Datasets;
using ClassicCv.TestSupport;

namespace ClassicCv.Core.Tests.Datasets;

public sealed class ListingFingerprintTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private DatasetItem[] Items(params (string Name, byte[] Bytes)[] files) =>
        files.Select(file =>
        {
            var path = _folder.File(file.Name);
            File.WriteAllBytes(path, file.Bytes);
            return new DatasetItem(file.Name, new FileImageLocation(path), 0, null);
        }).ToArray();

    [Fact]
    public void Given_a_file_rewritten_with_other_bytes_of_the_same_size_When_fingerprinting_Then_only_the_content_fingerprint_changes()
    {
        var before = Items(("a.png", [1, 2, 3]), ("b.png", [4, 5]));
        var listing = ListingFingerprint.Compute(["x"], before);
        var content = DatasetFingerprint.Compute(["x"], before);

        var after = Items(("a.png", [9, 9, 9]), ("b.png", [4, 5]));

        Assert.Equal(listing, ListingFingerprint.Compute(["x"], after));
        Assert.NotEqual(content, DatasetFingerprint.Compute(["x"], after));
        Assert.StartsWith("listing:", listing, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_file_that_grows_or_a_new_label_When_fingerprinting_the_listing_Then_it_changes()
    {
        var items = Items(("a.png", [1, 2, 3]));
        var listing = ListingFingerprint.Compute(["x"], items);

        var relabelled = ListingFingerprint.Compute(["x", "y"], [items[0] with { Label = 1 }]);
        var grown = ListingFingerprint.Compute(["x"], Items(("a.png", [1, 2, 3, 4])));

        Assert.NotEqual(listing, relabelled);
        Assert.NotEqual(listing, grown);
    }
}
