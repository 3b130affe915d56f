using ClassicCv.TestSupport;

namespace ClassicCv.Cli.Tests.Sharding;

public sealed class KilledShardTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Given_a_shard_killed_while_writing_its_part_When_the_folder_is_read_Then_no_part_is_there_verify_says_missing_and_a_rerun_completes_it()
    {
        var data = Path.Combine(_folder.Path, "data");
        SyntheticImages.WriteColourFolder(data, ["a", "b"], perClass: 400, seed: 2, size: 32);
        var parts = Path.Combine(_folder.Path, "parts") + "/";
        string[] args = ["extract", "--dataset", data, "--features", "hog[cell=4,block=2]+raw", "--no-cache", "--shard", "0/1", "--out", parts];

        using (var shard = ClassicCvProcess.Start(args))
        {
            // The part is written to a hidden temporary file and renamed at the end: kill the shard while that file is being written.
            while (!shard.HasExited && !(Directory.Exists(parts) && Directory.EnumerateFiles(parts, ".part-*.tmp").Any()))
            {
                Thread.Sleep(1);
            }

            Assert.False(shard.HasExited, "the shard finished before it could be killed while writing");
            shard.Kill();
            shard.WaitForExit();
        }

        Assert.Empty(Directory.EnumerateFiles(parts, "part-*"));
        var verify = CliRun.Of("shards", "verify", parts);
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("holds no part", verify.Error, StringComparison.Ordinal);

        var rerun = CliRun.Of(args);
        Assert.True(rerun.ExitCode == 0, rerun.Output + rerun.Error);
        Assert.Equal(0, CliRun.Of("shards", "verify", parts).ExitCode);
    }
}
