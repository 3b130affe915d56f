using System.Security.Cryptography;
using ClassicCv.Datasets;
using ClassicCv.Features;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.Splitting;
using ClassicCv.TestSupport;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Tests.Features;

public sealed class FeatureCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("classiccv-cache-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static ExtractedFeatures Sample() => new(
        new FeatureMatrix(2, 3, [1, 2, 3, 4, 5, 6]),
        new Dictionary<int, SkippedImage> { [1] = new("x.png", "could not be decoded") },
        1.5);

    private static DataSplit SplitOf(ImageDataset dataset) =>
        new StratifiedHoldOut(0.5, 1).Split(dataset.Labels());

    [Fact]
    public void Given_a_saved_entry_When_loading_Then_values_and_failures_come_back_with_zero_seconds()
    {
        var cache = new FeatureCache(_folder);
        var key = FeatureCache.Key("abc", [0, 1], "hog:cell=4");

        Assert.True(cache.TrySave(key, Sample()));
        var loaded = cache.TryLoad(key, 2, 3);

        Assert.NotNull(loaded);
        Assert.Equal([1f, 2, 3, 4, 5, 6], loaded.Matrix.Values.ToArray());
        Assert.Equal("x.png", loaded.Failed[1].Path);
        Assert.Equal(0, loaded.Seconds);
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    [Fact]
    public void Given_a_matrix_longer_than_one_slice_When_saving_and_loading_Then_every_value_comes_back_and_a_change_past_the_first_slice_is_a_miss()
    {
        // One full slice and six values more: the path that lets a matrix above 2 GiB (2²⁹ floats) be cached.
        var (rows, columns) = (2, (FeatureCache.SliceValues / 2) + 3);
        var values = new float[rows * columns];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = i % 1009;
        }

        var cache = new FeatureCache(_folder);
        var key = FeatureCache.Key("abc", [0, 1], "fisher:pyramid=true");
        Assert.True(cache.TrySave(key, new ExtractedFeatures(new FeatureMatrix(rows, columns, values), new Dictionary<int, SkippedImage>(), 1)));

        var loaded = cache.TryLoad(key, rows, columns);
        Assert.NotNull(loaded);
        Assert.True(loaded.Matrix.Values.SequenceEqual(values));

        var path = cache.PathOf(key);
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite))
        {
            stream.Seek(-(SHA256.HashSizeInBytes + 4 + 8), SeekOrigin.End); // past the checksum and end mark: the next-to-last value, in the second slice
            stream.WriteByte(0x7F);
        }

        Assert.Null(cache.TryLoad(key, rows, columns));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Given_a_truncated_entry_When_loading_Then_it_is_a_miss_and_is_removed()
    {
        var cache = new FeatureCache(_folder);
        var key = FeatureCache.Key("abc", [0, 1], "hog:cell=4");
        cache.TrySave(key, Sample());
        var path = cache.PathOf(key);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^6]);

        Assert.Null(cache.TryLoad(key, 2, 3));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Given_an_entry_with_flipped_bytes_in_its_payload_When_loading_Then_it_is_a_miss_is_removed_and_a_new_save_replaces_it()
    {
        var cache = new FeatureCache(_folder);
        var key = FeatureCache.Key("abc", [0, 1], "hog:cell=4");
        Assert.True(cache.TrySave(key, Sample()));
        var bytes = File.ReadAllBytes(cache.PathOf(key));
        // The six floats sit just before the 32-byte checksum and the end mark.
        bytes[^(4 + 32 + 8)] ^= 0x40;
        File.WriteAllBytes(cache.PathOf(key), bytes);

        Assert.Null(cache.TryLoad(key, 2, 3));
        Assert.False(File.Exists(cache.PathOf(key)));
        Assert.True(cache.TrySave(key, Sample()));
        Assert.Equal([1f, 2, 3, 4, 5, 6], cache.TryLoad(key, 2, 3)!.Matrix.Values.ToArray());
    }

    [Fact]
    public void Given_a_temporary_file_left_by_a_killed_run_When_saving_Then_only_abandoned_ones_are_removed()
    {
        var cache = new FeatureCache(_folder);
        var abandoned = Path.Combine(_folder, "x.features.1.tmp");
        var inProgress = Path.Combine(_folder, "y.features.2.tmp");
        File.WriteAllText(abandoned, "partial");
        File.WriteAllText(inProgress, "partial");
        File.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow - FeatureCache.AbandonedAfter - TimeSpan.FromHours(1));

        cache.TrySave(FeatureCache.Key("abc", [0, 1], "hog:cell=4"), Sample());

        Assert.False(File.Exists(abandoned));
        Assert.True(File.Exists(inProgress));
    }

    [Fact]
    public void Given_another_fingerprint_items_or_settings_When_keying_Then_the_key_changes()
    {
        var key = FeatureCache.Key("abc", [0, 1], "hog:cell=4");

        Assert.Equal(key, FeatureCache.Key("abc", [0, 1], "hog:cell=4"));
        Assert.NotEqual(key, FeatureCache.Key("abd", [0, 1], "hog:cell=4"));
        Assert.NotEqual(key, FeatureCache.Key("abc", [0, 2], "hog:cell=4"));
        Assert.NotEqual(key, FeatureCache.Key("abc", [0, 1], "hog:cell=8"));
    }

    [Fact]
    public void Given_a_second_store_on_the_same_cache_When_preparing_the_same_features_Then_they_come_from_the_cache()
    {
        using var data = SyntheticDataset.Textures(8, 16, color: false, seed: 9);
        var spec = new HogSpec(new HogOptions { Cell = 4 });
        var split = SplitOf(data.Dataset);

        var first = new FeatureStore(new ImageStreamer(1), 1, new FeatureCache(_folder)).Get(spec, data.Dataset, split);
        var second = new FeatureStore(new ImageStreamer(1), 1, new FeatureCache(_folder)).Get(spec, data.Dataset, split);

        Assert.False(first.FromCache);
        Assert.True(second.FromCache);
        Assert.Equal(first.Features.Matrix.Values.ToArray(), second.Features.Matrix.Values.ToArray());
    }

    [Fact]
    public void Given_a_changed_image_or_setting_When_preparing_again_Then_the_cache_misses()
    {
        using var data = SyntheticDataset.Textures(8, 16, color: false, seed: 9);
        var spec = new HogSpec(new HogOptions { Cell = 4 });
        var split = SplitOf(data.Dataset);
        new FeatureStore(new ImageStreamer(1), 1, new FeatureCache(_folder)).Get(spec, data.Dataset, split);
        using (var white = Extract.Gray(16, 16, 255))
        {
            Cv2.ImWrite(data.Folder + "/0003.png", white);
        }

        var changed = data.Dataset with { Fingerprint = DatasetFingerprint.Compute(data.Dataset.ClassNames, data.Dataset.Items) };
        var afterEdit = new FeatureStore(new ImageStreamer(1), 1, new FeatureCache(_folder)).Get(spec, changed, split);
        var otherSetting = new FeatureStore(new ImageStreamer(1), 1, new FeatureCache(_folder))
            .Get(new HogSpec(new HogOptions { Cell = 4, Bins = 6 }), data.Dataset, split);

        Assert.NotEqual(data.Dataset.Fingerprint, changed.Fingerprint);
        Assert.False(afterEdit.FromCache);
        Assert.False(otherSetting.FromCache);
    }

    [Fact]
    public void Given_no_cache_When_preparing_twice_in_two_stores_Then_nothing_is_cached()
    {
        using var data = SyntheticDataset.Textures(4, 16, color: false, seed: 9);
        var spec = new LbpSpec(new LbpOptions { Grid = 2 });
        var split = SplitOf(data.Dataset);

        new FeatureStore(new ImageStreamer(1), 1).Get(spec, data.Dataset, split);
        var second = new FeatureStore(new ImageStreamer(1), 1).Get(spec, data.Dataset, split);

        Assert.False(second.FromCache);
        Assert.Empty(Directory.GetFiles(_folder));
    }
}
