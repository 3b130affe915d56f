using ClassicCv.OpenCv.Corruptions;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Tests.Corruptions;

public sealed class RotationTests
{
    [Theory]
    [InlineData(1, 5)]
    [InlineData(5, 30)]
    public void Given_a_horizontal_bar_When_rotating_Then_its_axis_turns_by_the_table_angle(int severity, double degrees)
    {
        using var image = CorruptionPixels.Constant(41, 0);
        using (var bar = new Mat(image, new Rect(4, 19, 33, 3)))
        {
            bar.SetTo(Scalar.All(255));
        }

        using var rotated = new Rotation().Apply(image, severity, new Random(2));

        var m = Cv2.Moments(rotated);
        var angle = Math.Abs(0.5 * Math.Atan2(2 * m.Mu11, m.Mu20 - m.Mu02) * 180 / Math.PI);
        Assert.InRange(angle, degrees - 1.5, degrees + 1.5);
    }
}
