using System.Runtime.Versioning;
using ClassicCv.TestSupport;

namespace ClassicCv.Cli.Tests.Commands;

/// <summary>
/// Folders that file permissions close to the user (issue 10 §2): found before any work, exit 2 naming the folder.
/// The program runs as its own process bound by permissions (<see cref="CliRun.BoundByPermissions"/>), also as root.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class PermissionBoundInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Reports => Path.Combine(_temp.Path, "reports");

    private string Data()
    {
        var data = _temp.Folder("data");
        SyntheticImages.WriteFolder(data, ["a", "b"], 6, 16);
        return data;
    }

    [Fact]
    public void Given_a_class_folder_this_user_may_not_list_When_running_Then_it_is_exit_2_naming_the_folder()
    {
        var data = Data();
        var locked = Path.Combine(data, "b");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var run = CliRun.BoundByPermissions(["run", "--deep", "none", "--features", "hog", "--classifiers", "knn", "--no-cache", "--dataset", data, "--out", Reports]);

            CliAssert.Refused(run, $"Dataset folder '{locked}' cannot be read", "expected a folder this user may list");
            Assert.False(Directory.Exists(Reports) && Directory.EnumerateDirectories(Reports).Any(), "a report folder was left behind");
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void Given_an_out_folder_this_user_may_not_write_When_running_Then_it_is_refused_before_any_work()
    {
        var data = Data();
        var closed = _temp.Folder("closed");
        File.SetUnixFileMode(closed, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var run = CliRun.BoundByPermissions(["run", "--deep", "none", "--features", "hog", "--classifiers", "knn", "--no-cache", "--dataset", data, "--out", closed]);

            CliAssert.Refused(run, $"--out '{closed}'", "expected a writable folder");
            Assert.DoesNotContain("preparing", run.Output, StringComparison.Ordinal);
            Assert.Empty(Directory.EnumerateFileSystemEntries(closed));
        }
        finally
        {
            File.SetUnixFileMode(closed, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
