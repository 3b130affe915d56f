using ClassicCv.Errors;
using ClassicCv.Onnx.Deep;

namespace ClassicCv.Onnx.Tests.Deep;

public sealed class LabelMappingTests
{
    private static readonly string[] Classes = ["cat", "dog", "fox"];

    [Fact]
    public void Given_labels_in_another_order_When_resolving_Then_each_class_maps_to_its_output()
    {
        var mapping = LabelMapping.Resolve("m.onnx", 3, ["fox", "cat", "dog"], Classes);

        Assert.Equal([1, 2, 0], mapping);
    }

    [Fact]
    public void Given_no_labels_and_one_output_per_class_When_resolving_Then_outputs_follow_the_dataset_order()
    {
        Assert.Equal([0, 1, 2], LabelMapping.Resolve("m.onnx", 3, null, Classes));
    }

    [Fact]
    public void Given_no_labels_and_more_outputs_than_classes_When_resolving_Then_the_error_names_both_counts()
    {
        var error = Assert.Throws<UserInputException>(() => LabelMapping.Resolve("m.onnx", 10, null, Classes));

        Assert.Contains("outputs 10 values per image but the dataset has 3 classes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_fewer_labels_than_outputs_When_resolving_Then_the_error_names_both_counts()
    {
        var error = Assert.Throws<UserInputException>(() => LabelMapping.Resolve("m.onnx", 4, ["cat", "dog", "fox"], Classes));

        Assert.Contains("outputs 4 values per image but 3 labels were given", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_labels_that_differ_from_the_classes_When_resolving_Then_the_error_lists_missing_and_extra_names()
    {
        var error = Assert.Throws<UserInputException>(() => LabelMapping.Resolve("m.onnx", 3, ["cat", "dog", "owl"], Classes));

        Assert.Contains("missing fox, not in the dataset owl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_label_twice_When_resolving_Then_the_error_names_it()
    {
        var error = Assert.Throws<UserInputException>(() => LabelMapping.Resolve("m.onnx", 3, ["cat", "Cat", "fox"], Classes));

        Assert.Contains("name 'Cat' twice", error.Message, StringComparison.Ordinal);
    }
}
