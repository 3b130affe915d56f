using ClassicCv.OpenCv.Corruptions;

namespace ClassicCv.OpenCv.Tests.Corruptions;

public sealed class ContrastTests
{
    [Fact]
    public void Given_half_black_half_200_When_lowering_contrast_Then_values_move_towards_the_mean_by_the_table_factor()
    {
        // Mean 100; severity 1 (c = 0.75): 0 → 25, 200 → 175. Severity 5 (c = 0.15): 0 → 85, 200 → 115.
        using var image = CorruptionPixels.Constant(8, 0);
        using (var top = image.RowRange(0, 4))
        {
            top.SetTo(OpenCvSharp.Scalar.All(200));
        }

        using var mild = new Contrast().Apply(image, 1, new Random(0));
        using var strong = new Contrast().Apply(image, 5, new Random(0));

        Assert.Equal(175, mild.At<byte>(0, 0));
        Assert.Equal(25, mild.At<byte>(7, 7));
        Assert.Equal(115, strong.At<byte>(0, 0));
        Assert.Equal(85, strong.At<byte>(7, 7));
    }
}
