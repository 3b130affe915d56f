using ClassicCv.Cli.Tests.Sharding;
using ClassicCv.TestSupport;

namespace ClassicCv.Cli.Tests.Commands;

/// <summary><c>classiccv run --resume</c>: a run killed by the test part-way is finished from its working folder.</summary>
public sealed class RunCommandResumeTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Data => Path.Combine(_temp.Path, "data");

    private string[] Experiment(string reports) =>
        ["run", "--dataset", Data, "--features", "hog,raw", "--classifiers", "linear-svm,logistic-regression", "--deep", "cnn[epochs=60,patience=60]", "--seed", "5",
         "--save-models", "--cache", Path.Combine(_temp.Path, "cache"), "--out", reports];

    [Fact]
    public async Task Given_a_run_killed_after_some_pipelines_finished_When_resumed_Then_only_the_rest_run_and_the_report_equals_an_uninterrupted_one()
    {
        SyntheticImages.WriteFolder(Data, ["flat", "steep", "mid"], perClass: 30, size: 24);
        var killedRoot = Path.Combine(_temp.Path, "killed");
        using (var run = ClassicCvProcess.Start(Experiment(killedRoot)))
        {
            var output = run.StandardOutput.ReadToEndAsync();
            var error = run.StandardError.ReadToEndAsync();
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (FinishedRecords(killedRoot) < 1 && !run.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(25);
            }

            if (run.HasExited)
            {
                Assert.Fail("the run ended before the test could kill it: " + await error + await output);
            }

            run.Kill(entireProcessTree: true);
            await run.WaitForExitAsync();
        }

        var partial = Assert.Single(WorkingFolders(killedRoot));
        var finished = FinishedRecords(killedRoot);
        Assert.InRange(finished, 1, 4);

        var resumed = CliRun.Of("run", "--resume", partial, "--cache", Path.Combine(_temp.Path, "cache"));
        Assert.True(resumed.ExitCode == 0, resumed.Error + resumed.Output);
        Assert.Equal(finished, resumed.Output.Split('\n').Count(line => line.Contains(" resuming ", StringComparison.Ordinal)));
        Assert.False(Directory.Exists(partial));
        var report = Assert.Single(Directory.GetDirectories(killedRoot));
        Assert.Equal(Path.GetFileName(partial)[1..^".partial".Length], Path.GetFileName(report));
        Assert.Empty(Directory.GetFileSystemEntries(report, ".finished"));
        Assert.True(File.Exists(Path.Combine(report, "models", "hog-linear-svm", "pipeline.json")));
        Assert.True(File.Exists(Path.Combine(report, "models", "cnn", "model.json")));

        var uninterrupted = CliRun.Of(Experiment(Path.Combine(_temp.Path, "whole")));
        Assert.True(uninterrupted.ExitCode == 0, uninterrupted.Error + uninterrupted.Output);
        var whole = Assert.Single(Directory.GetDirectories(Path.Combine(_temp.Path, "whole")));
        foreach (var file in (string[])["metrics.csv", "predictions.csv", "per_class.csv", "pairwise_tests.csv", "calibration.csv"])
        {
            Assert.Equal(ReportCsv.WithoutTimings(whole, file), ReportCsv.WithoutTimings(report, file));
        }

        Assert.Equal(File.ReadAllText(Path.Combine(whole, "experiment.yaml")).Split('\n')[1..], File.ReadAllText(Path.Combine(report, "experiment.yaml")).Split('\n')[1..]);
    }

    [Fact]
    public void Given_a_folder_that_is_not_an_interrupted_run_or_another_experiment_When_resuming_Then_it_exits_2_and_keeps_the_folder()
    {
        var notPartial = CliRun.Of("run", "--resume", _temp.Path);
        Assert.Equal(2, notPartial.ExitCode);
        Assert.Contains("holds no experiment.yaml; expected the working folder of an interrupted run", notPartial.Error, StringComparison.Ordinal);

        SyntheticImages.WriteFolder(Data, ["flat", "steep"], perClass: 10, size: 24);
        var partial = Path.Combine(_temp.Path, "reports", ".20260101-000000.partial");
        Directory.CreateDirectory(partial);
        File.WriteAllText(Path.Combine(partial, "experiment.yaml"), $"dataset: {Data}\nfeatures: hog\ndeep: none\n");
        var other = CliRun.Of("run", "--resume", partial, "--features", "raw", "--no-cache");
        Assert.Equal(2, other.ExitCode);
        Assert.Contains("the interrupted run measured another experiment than this one", other.Error, StringComparison.Ordinal);
        Assert.True(Directory.Exists(partial));
        Assert.Empty(Directory.GetDirectories(Path.Combine(_temp.Path, "reports"), "2*"));
    }

    private static string[] WorkingFolders(string root) =>
        Directory.Exists(root) ? Directory.GetDirectories(root).Where(folder => Path.GetFileName(folder).StartsWith('.') && folder.EndsWith(".partial", StringComparison.Ordinal)).ToArray() : [];

    private static int FinishedRecords(string root) =>
        WorkingFolders(root).Sum(folder => Directory.Exists(Path.Combine(folder, ".finished")) ? Directory.GetFiles(Path.Combine(folder, ".finished"), "*.json").Length : 0);
}
