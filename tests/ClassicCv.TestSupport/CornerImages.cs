using OpenCvSharp;

namespace ClassicCv.TestSupport;

/// <summary>
/// Images whose class is decided only by a small bright square in the top-right corner: class <c>corner</c> has it,
/// class <c>noise</c> does not; everything else is seeded noise. An explanation of a <c>corner</c> prediction should
/// point at that corner.
/// </summary>
public static class CornerImages
{
    /// <summary>Side of the images in pixels.</summary>
    public const int Size = 28;

    /// <summary>The square: left, top and side in pixels.</summary>
    public static readonly (int X, int Y, int Side) Square = (20, 2, 6);

    /// <summary>Writes <c>root/corner/*.png</c> and <c>root/noise/*.png</c>, <paramref name="perClass"/> each.</summary>
    public static void WriteFolder(string root, int perClass, int seed)
    {
        var random = new Random(seed);
        foreach (var withSquare in new[] { true, false })
        {
            var folder = Directory.CreateDirectory(Path.Combine(root, withSquare ? "corner" : "noise")).FullName;
            for (var i = 0; i < perClass; i++)
            {
                using var image = Image(withSquare, random);
                Cv2.ImWrite(Path.Combine(folder, $"{i:D3}.png"), image);
            }
        }
    }

    /// <summary>One grayscale image: uniform noise in 0–120, and the bright square when <paramref name="withSquare"/>.</summary>
    public static Mat Image(bool withSquare, Random random)
    {
        var image = new Mat(Size, Size, MatType.CV_8UC1);
        var pixels = new byte[Size * Size];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (byte)random.Next(0, 121);
        }

        if (withSquare)
        {
            for (var y = Square.Y; y < Square.Y + Square.Side; y++)
            {
                for (var x = Square.X; x < Square.X + Square.Side; x++)
                {
                    pixels[(y * Size) + x] = 255;
                }
            }
        }

        pixels.CopyTo(image.AsSpan<byte>());
        return image;
    }

    /// <summary>Whether the patch at (<paramref name="top"/>, <paramref name="left"/>) of side <paramref name="patch"/> overlaps the square.</summary>
    public static bool Overlaps(int top, int left, int patch) =>
        left < Square.X + Square.Side && left + patch > Square.X && top < Square.Y + Square.Side && top + patch > Square.Y;
}
