using System.Diagnostics;
using ClassicCv.Sharding;
using ClassicCv.TestSupport;

namespace ClassicCv.Cli.Tests.Sharding;

/// <summary>Sharded extraction on a real one-node Slurm: sbatch --array, shards verify, a resubmission after a lost part.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class SlurmArrayEndToEndTests : IDisposable
{
    private const string Features = "hog[cell=4]+color-hist[bins=2]";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Given_a_four_task_array_When_sbatch_waits_for_it_Then_the_verified_parts_equal_one_extract_and_a_resubmission_redoes_only_the_lost_part()
    {
        // Slurm is installed when missing; a machine that cannot install it fails here with the reason, never skips.
        Assert.True(SlurmInstallation.WhyUnavailable is null, SlurmInstallation.WhyUnavailable);
        var data = Path.Combine(_folder.Path, "data");
        SyntheticImages.WriteColourFolder(data, ["ants", "bees", "cats"], perClass: 8, seed: 11);
        var single = Path.Combine(_folder.Path, "single.parquet");
        Assert.Equal(0, CliRun.Of("extract", "--dataset", data, "--features", Features, "--no-cache", "--out", single).ExitCode);
        var parts = Path.Combine(_folder.Path, "parts");
        var partPaths = Enumerable.Range(0, 4).Select(i => Path.Combine(parts, new Shard(i, 4).PartFileName)).ToArray();
        int[] daemons;
        using (var slurm = new SingleNodeSlurm(_folder.Folder("slurm")))
        {
            daemons = [.. slurm.DaemonIds];

            var first = Submit(slurm, data, parts, "first");
            Assert.True(first.ExitCode == 0, first.Output + Logs("first"));
            var verify = CliRun.Of("shards", "verify", parts);
            Assert.True(verify.ExitCode == 0, verify.Output + verify.Error);
            var expected = PartContents.Read(single);
            var merged = PartContents.Read(partPaths);
            Assert.Equal(expected.Ids, merged.Ids);
            Assert.Equal(expected.Splits, merged.Splits);
            Assert.Equal(expected.Labels, merged.Labels);
            Assert.Equal(expected.FeatureBits, merged.FeatureBits);

            var kept = partPaths.Select(File.GetLastWriteTimeUtc).ToArray();
            File.Delete(partPaths[2]);
            var second = Submit(slurm, data, parts, "second");
            Assert.True(second.ExitCode == 0, second.Output + Logs("second"));
            foreach (var index in new[] { 0, 1, 3 })
            {
                Assert.Contains("nothing to do", File.ReadAllText(TaskLog("second", index)), StringComparison.Ordinal);
                Assert.Equal(kept[index], File.GetLastWriteTimeUtc(partPaths[index]));
            }

            Assert.Contains("Part:", File.ReadAllText(TaskLog("second", 2)), StringComparison.Ordinal);
            Assert.Equal(0, CliRun.Of("shards", "verify", parts).ExitCode);
            Assert.Equal(expected.FeatureBits, PartContents.Read(partPaths).FeatureBits);
        }

        Assert.All(daemons, id => Assert.False(IsRunning(id), $"daemon {id} is still running"));
        Assert.Empty(Process.GetProcessesByName("slurmstepd"));
    }

    private (int ExitCode, string Output) Submit(SingleNodeSlurm slurm, string data, string parts, string round) =>
        slurm.Client("/usr/bin/sbatch", [
            "--wait", "--array=0-3", "--job-name=classiccv-extract", $"--output={_folder.Path}/{round}-%a.log", $"--chdir={_folder.Path}",
            "--wrap", $"dotnet {ClassicCvProcess.Dll} extract --dataset {data} --features '{Features}' --no-cache --out {parts}/",
        ], TimeSpan.FromSeconds(120));

    private string TaskLog(string round, int index) => Path.Combine(_folder.Path, $"{round}-{index}.log");

    private string Logs(string round) =>
        string.Join("\n", Enumerable.Range(0, 4).Select(i => TaskLog(round, i)).Where(File.Exists).Select(f => $"{Path.GetFileName(f)}: {File.ReadAllText(f)}"));

    private static bool IsRunning(int id)
    {
        try
        {
            using var process = Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
