using ClassicCv.TestSupport;

namespace ClassicCv.Cli.Tests.Commands;

/// <summary>Every bad input: a one-line error naming the path or value, exit code 2, no stack trace, no report folder.</summary>
public sealed class RunCommandBadInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Reports => Path.Combine(_temp.Path, "reports");

    private void AssertRejected(CliRun run, params string[] fragments)
    {
        CliAssert.Refused(run, fragments);
        Assert.False(Directory.Exists(Reports) && Directory.EnumerateFileSystemEntries(Reports).Any(), "a report folder was left behind");
    }

    private CliRun Run(string dataset, params string[] more) =>
        CliRun.Of(["run", "--deep", "none", "--dataset", dataset, "--out", Reports, .. more]);

    [Fact]
    public void Given_a_missing_path_Then_it_is_named() =>
        AssertRejected(Run(Path.Combine(_temp.Path, "nope")), Path.Combine(_temp.Path, "nope"), "does not exist");

    [Fact]
    public void Given_an_empty_folder_Then_it_is_named() =>
        AssertRejected(Run(_temp.Folder("empty")), _temp.Folder("empty"), "is empty");

    [Fact]
    public void Given_a_folder_without_class_subfolders_Then_the_layout_is_explained()
    {
        SyntheticImages.WriteFolder(_temp.Path, ["flat"], perClass: 3, size: 8);
        var flat = Path.Combine(_temp.Path, "flat");
        AssertRejected(Run(flat), flat, "no class subfolders");
    }

    [Fact]
    public void Given_a_class_with_one_image_Then_the_class_is_named()
    {
        var data = _temp.Folder("data");
        SyntheticImages.WriteFolder(data, ["many"], perClass: 3, size: 8);
        SyntheticImages.WriteFolder(data, ["single"], perClass: 1, size: 8);
        AssertRejected(Run(data), "'single' (1)", "at least 2");
    }

    [Fact]
    public void Given_an_idx_file_with_a_wrong_magic_number_Then_the_file_and_numbers_are_named()
    {
        var data = _temp.Folder("mnist");
        IdxFiles.WriteDataset(data, 4, 4, 2, 4, gzip: true);
        IdxFiles.WriteImages(Path.Combine(data, "t10k-images-idx3-ubyte.gz"), 4, 4, 4, gzip: true, magic: 0x12345678);
        AssertRejected(Run(data), "t10k-images-idx3-ubyte.gz", "0x12345678", "expected 0x00000803");
    }

    [Fact]
    public void Given_a_truncated_idx_file_Then_the_file_is_named()
    {
        var data = _temp.Folder("mnist");
        IdxFiles.WriteDataset(data, 4, 4, 2, 4, gzip: false);
        IdxFiles.WriteImages(Path.Combine(data, "train-images-idx3-ubyte"), 4, 4, 4, truncateTo: 40);
        AssertRejected(Run(data), "train-images-idx3-ubyte", "truncated");
    }

    [Fact]
    public void Given_an_unknown_feature_Then_the_valid_ones_are_listed() =>
        AssertRejected(Run("digits", "--features", "hog,sift-magic"), "sift-magic", "color-hist, fisher, hog, kmeans-patches, lbp, raw, resnet18, sift-bovw, vlad");

    [Fact]
    public void Given_an_unknown_classifier_Then_the_valid_ones_are_listed() =>
        AssertRejected(Run("digits", "--classifiers", "deep-forest"), "Unknown classifier 'deep-forest'", "linear-svm, logistic-regression");

    [Fact]
    public void Given_a_bad_hyperparameter_Then_key_value_and_range_are_named() =>
        AssertRejected(Run("digits", "--classifiers", "linear-svm[C=-1]"), "C=-1", "expected a number > 0");

    [Fact]
    public void Given_a_test_fraction_of_one_Then_the_range_is_named() =>
        AssertRejected(Run("digits", "--test-fraction", "1"), "--test-fraction is 1", "strictly between 0 and 1");

    [Fact]
    public void Given_a_seed_that_is_not_a_number_Then_the_option_is_named() =>
        AssertRejected(Run("digits", "--seed", "abc"), "--seed is 'abc'", "whole number");

    [Theory]
    [InlineData("--cv-folds", "1", "--cv-folds is '1'; expected a whole number ≥ 2")]
    [InlineData("--cv-folds", "x", "--cv-folds is 'x'; expected a whole number ≥ 2")]
    [InlineData("--max-train-per-class", "0", "--max-train-per-class is '0'; expected a whole number ≥ 1")]
    public void Given_a_count_option_out_of_range_Then_the_option_is_named(string option, string value, string expected) =>
        AssertRejected(Run("digits", option, value), expected);

    [Fact]
    public void Given_an_unknown_classical_augmentation_Then_the_valid_ones_are_listed() =>
        AssertRejected(Run("digits", "--augment", "rotate"), "--augment 'rotate' is not a classical augmentation; valid: none, flip");

    [Fact]
    public void Given_an_unknown_network_augmentation_Then_the_valid_ones_are_listed() =>
        AssertRejected(Run("digits", "--features", "", "--deep", "cnn[augment=mixup]"), "augment=mixup", "crop, flip, rotate, jitter");

    [Fact]
    public void Given_an_unknown_option_Then_it_is_a_user_error() =>
        AssertRejected(CliRun.Of("run", "--colour", "red"), "colour");
}
