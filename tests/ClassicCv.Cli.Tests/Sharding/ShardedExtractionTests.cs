using ClassicCv.Sharding;
using ClassicCv.TestSupport;

namespace ClassicCv.Cli.Tests.Sharding;

public sealed class ShardedExtractionTests : IDisposable
{
    private const string Features = "hog[cell=4]+color-hist[bins=2]";
    private readonly TempFolder _folder = new();

    public ShardedExtractionTests()
    {
        SyntheticImages.WriteColourFolder(Data, ["ants", "bees", "cats"], perClass: 7, seed: 5);
    }

    private string Data => Path.Combine(_folder.Path, "data");

    private string Parts => Path.Combine(_folder.Path, "parts") + "/";

    public void Dispose() => _folder.Dispose();

    private CliRun Shard(int index, int count, string features = Features, params string[] more) =>
        CliRun.Of(["extract", "--dataset", Data, "--features", features, "--no-cache", "--shard", $"{index}/{count}", "--out", Parts, .. more]);

    private string[] PartPaths(int count) => Enumerable.Range(0, count).Select(i => Path.Combine(Parts, new ClassicCv.Sharding.Shard(i, count).PartFileName)).ToArray();

    [Fact]
    public void Given_three_shards_When_each_extracts_Then_the_parts_in_order_equal_the_single_process_file_bit_for_bit_and_verify_writes_success()
    {
        var single = Path.Combine(_folder.Path, "single.parquet");
        Assert.Equal(0, CliRun.Of("extract", "--dataset", Data, "--features", Features, "--no-cache", "--out", single).ExitCode);

        var runs = Enumerable.Range(0, 3).Select(i => Shard(i, 3)).ToArray();
        var verify = CliRun.Of("shards", "verify", Parts);

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Output + run.Error));
        Assert.Contains("items 0..6 of 21", runs[0].Output, StringComparison.Ordinal);
        var expected = PartContents.Read(single);
        var merged = PartContents.Read(PartPaths(3));
        Assert.Equal(expected.Ids, merged.Ids);
        Assert.Equal(expected.Splits, merged.Splits);
        Assert.Equal(expected.Labels, merged.Labels);
        Assert.Equal(expected.FeatureBits, merged.FeatureBits);
        Assert.All(merged.Errors, Assert.Null);
        Assert.True(verify.ExitCode == 0, verify.Output + verify.Error);
        Assert.Contains("\"rows\": 21", File.ReadAllText(Path.Combine(Parts, "_SUCCESS")), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_complete_part_When_its_shard_runs_again_Then_it_does_no_work()
    {
        Assert.Equal(0, Shard(1, 2).ExitCode);
        var part = PartPaths(2)[1];
        var written = File.GetLastWriteTimeUtc(part);

        var again = Shard(1, 2);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("already complete (10 rows); nothing to do", again.Output, StringComparison.Ordinal);
        Assert.Equal(written, File.GetLastWriteTimeUtc(part));
        Assert.False(File.Exists(PartPaths(2)[0]));
    }

    [Fact]
    public void Given_a_part_of_other_settings_When_its_shard_runs_Then_it_is_extracted_again()
    {
        Assert.Equal(0, Shard(0, 2, "hog[cell=8]").ExitCode);

        var rerun = Shard(0, 2, Features);

        Assert.Equal(0, rerun.ExitCode);
        Assert.DoesNotContain("nothing to do", rerun.Output, StringComparison.Ordinal);
        Assert.StartsWith("hog:size=16x16;window=16x16;cell=4", PartFile.TryOpen(PartPaths(2)[0], new ClassicCv.Sharding.Shard(0, 2), out _)!["classiccv.settings"], StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_corrupt_image_When_its_shard_runs_Then_it_is_an_error_row_and_the_shard_succeeds()
    {
        var broken = Path.Combine(Data, "bees", "003.png");
        File.WriteAllBytes(broken, [0x89, (byte)'P', (byte)'N', (byte)'G', 1, 2, 3, 4, 5, 6, 7, 8]);

        var run = Shard(0, 1);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        var rows = PartContents.Read(PartPaths(1));
        Assert.Equal(21, rows.Ids.Length);
        var position = Array.IndexOf(rows.Ids, "bees/003.png");
        Assert.NotNull(rows.Errors[position]);
        Assert.Single(rows.Errors, error => error is not null);
        Assert.Contains("error row", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_missing_part_When_verifying_Then_it_is_named_the_exit_code_is_1_and_a_stale_success_marker_is_removed()
    {
        Assert.All(Enumerable.Range(0, 3), i => Assert.Equal(0, Shard(i, 3).ExitCode));
        Assert.Equal(0, CliRun.Of("shards", "verify", Parts).ExitCode);
        File.Delete(PartPaths(3)[1]);

        var verify = CliRun.Of("shards", "verify", Parts);

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("part-00001-of-00003.parquet (shard 1/3) is missing", verify.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Parts, "_SUCCESS")));
    }

    [Fact]
    public void Given_a_truncated_part_When_verifying_Then_it_is_named_and_the_exit_code_is_1()
    {
        Assert.All(Enumerable.Range(0, 2), i => Assert.Equal(0, Shard(i, 2).ExitCode));
        var part = PartPaths(2)[0];
        var bytes = File.ReadAllBytes(part);
        File.WriteAllBytes(part, bytes[..(bytes.Length / 2)]);

        var verify = CliRun.Of("shards", "verify", Parts);

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("part-00000-of-00002.parquet cannot be read", verify.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_parts_of_different_seeds_When_verifying_Then_the_mismatch_is_a_configuration_error()
    {
        Assert.Equal(0, Shard(0, 2).ExitCode);
        Assert.Equal(0, Shard(1, 2, Features, "--seed", "7").ExitCode);

        var verify = CliRun.Of("shards", "verify", Parts);

        Assert.Equal(2, verify.ExitCode);
        Assert.Contains("part-00001-of-00002.parquet has classiccv.split", verify.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_sift_bovw_without_a_fitted_codebook_When_sharding_Then_the_error_says_to_run_fit_features_first()
    {
        var run = Shard(0, 2, "sift-bovw[k=8,sample=1000]");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("learns a codebook of 8 words", run.Error, StringComparison.Ordinal);
        Assert.Contains("classiccv fit-features", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Parts));
    }

    [Fact]
    public void Given_a_codebook_fitted_once_When_two_shards_extract_sift_bovw_with_it_Then_the_parts_equal_the_single_process_file()
    {
        const string sift = "sift-bovw[k=8,sample=1000,step=4,patch=8]";
        var fitted = Path.Combine(_folder.Path, "fitted");
        var single = Path.Combine(_folder.Path, "single.parquet");
        Assert.Equal(0, CliRun.Of("extract", "--dataset", Data, "--features", sift, "--no-cache", "--out", single).ExitCode);

        var fit = CliRun.Of("fit-features", "--dataset", Data, "--features", sift, "--no-cache", "--out", fitted);
        var runs = Enumerable.Range(0, 2).Select(i => Shard(i, 2, sift, "--model", fitted)).ToArray();

        Assert.True(fit.ExitCode == 0, fit.Output + fit.Error);
        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Output + run.Error));
        Assert.Equal(PartContents.Read(single).FeatureBits, PartContents.Read(PartPaths(2)).FeatureBits);
    }

    [Fact]
    public void Given_verified_parts_When_running_from_parquet_Then_the_predictions_equal_the_in_process_run()
    {
        Assert.All(Enumerable.Range(0, 2), i => Assert.Equal(0, Shard(i, 2).ExitCode));
        Assert.Equal(0, CliRun.Of("shards", "verify", Parts).ExitCode);
        var inProcess = Path.Combine(_folder.Path, "in-process");
        var fromParts = Path.Combine(_folder.Path, "from-parts");

        var direct = CliRun.Of("run", "--dataset", Data, "--features", Features, "--classifiers", "linear-svm,knn", "--deep", "none", "--no-cache", "--out", inProcess, "-q");
        var sharded = CliRun.Of("run", "--features", $"parquet:{Parts}", "--classifiers", "linear-svm,knn", "--deep", "none", "--no-cache", "--out", fromParts, "-q");

        Assert.True(direct.ExitCode == 0, direct.Output + direct.Error);
        Assert.True(sharded.ExitCode == 0, sharded.Output + sharded.Error);
        var expected = File.ReadAllText(Path.Combine(Directory.GetDirectories(inProcess).Single(), "predictions.csv"));
        var actual = File.ReadAllText(Path.Combine(Directory.GetDirectories(fromParts).Single(), "predictions.csv"));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Given_parts_extracted_with_another_seed_When_running_from_parquet_Then_it_says_which_split_to_use()
    {
        Assert.Equal(0, Shard(0, 1).ExitCode);
        Assert.Equal(0, CliRun.Of("shards", "verify", Parts).ExitCode);

        var run = CliRun.Of("run", "--features", $"parquet:{Parts}", "--classifiers", "knn", "--deep", "none", "--seed", "9", "--out", Path.Combine(_folder.Path, "r"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("pass the --seed and --test-fraction the shards were given", run.Error, StringComparison.Ordinal);
    }
}
