using OpenCvSharp;

namespace ClassicCv.TestSupport;

/// <summary>Small synthetic images written with OpenCV, whose class can be told from their content.</summary>
public static class SyntheticImages
{
    /// <summary>
    /// Writes an image folder <c>root/&lt;class&gt;/&lt;i&gt;.png</c>: class k shows a bright bar at angle k·180°/classes
    /// with seeded jitter and noise, so HOG separates the classes.
    /// </summary>
    public static void WriteFolder(string root, IReadOnlyList<string> classes, int perClass, int size = 24, int seed = 1, string extension = ".png")
    {
        var random = new Random(seed);
        for (var k = 0; k < classes.Count; k++)
        {
            var folder = Directory.CreateDirectory(Path.Combine(root, classes[k])).FullName;
            for (var i = 0; i < perClass; i++)
            {
                using var image = Bar(size, 180.0 * k / classes.Count + (random.NextDouble() * 10) - 5, random);
                Cv2.ImWrite(Path.Combine(folder, $"{i:D3}{extension}"), image);
            }
        }
    }

    /// <summary>A grayscale image with a bar through the centre at <paramref name="degrees"/>, plus seeded noise.</summary>
    public static Mat Bar(int size, double degrees, Random random)
    {
        var image = new Mat(size, size, MatType.CV_8UC1, Scalar.All(20));
        var radians = degrees * Math.PI / 180;
        var centre = new Point2d(size / 2.0, size / 2.0);
        var offset = new Point2d(Math.Cos(radians) * size, Math.Sin(radians) * size);
        Cv2.Line(image, (centre - offset).ToPoint(), (centre + offset).ToPoint(), Scalar.All(230), Math.Max(2, size / 8));
        using var noise = new Mat(size, size, MatType.CV_8UC1);
        Cv2.Randu(noise, Scalar.All(0), Scalar.All(30));
        Cv2.Add(image, noise, image);
        return image;
    }

    /// <summary>Writes <c>root/&lt;class&gt;/NNN.png</c>: random colour noise, seeded.</summary>
    /// <param name="root">Dataset folder to create.</param>
    /// <param name="classes">Class folder names.</param>
    /// <param name="perClass">Images per class.</param>
    /// <param name="seed">Seed of the pixels.</param>
    /// <param name="size">Side in pixels.</param>
    public static void WriteColourFolder(string root, IReadOnlyList<string> classes, int perClass, int seed, int size = 16)
    {
        var random = new Random(seed);
        foreach (var name in classes)
        {
            var folder = Directory.CreateDirectory(Path.Combine(root, name)).FullName;
            for (var i = 0; i < perClass; i++)
            {
                var bytes = new byte[size * size * 3];
                random.NextBytes(bytes);
                using var image = Mat.FromPixelData(size, size, MatType.CV_8UC3, bytes);
                Cv2.ImWrite(Path.Combine(folder, $"{i:D3}.png"), image);
            }
        }
    }
}
