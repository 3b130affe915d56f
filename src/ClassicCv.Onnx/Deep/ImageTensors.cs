using ClassicCv.Datasets;
using ClassicCv.Errors;
using ClassicCv.OpenCv.Imaging;

namespace ClassicCv.Onnx.Deep;

/// <summary>Decodes and preprocesses dataset items on all cores into one NCHW buffer.</summary>
public static class ImageTensors
{
    /// <summary>Fills <paramref name="destination"/> with <paramref name="items"/>.Count preprocessed images, item after item.</summary>
    /// <param name="preprocessor">Makes a network input from a decoded image.</param>
    /// <param name="dataset">The dataset.</param>
    /// <param name="items">Item indices.</param>
    /// <param name="streamer">Decodes images on all cores.</param>
    /// <param name="destination">At least <paramref name="items"/>.Count × <see cref="ImagePreprocessor.Length"/> values.</param>
    /// <exception cref="UserInputException">An image cannot be decoded.</exception>
    public static void Fill(ImagePreprocessor preprocessor, ImageDataset dataset, IReadOnlyList<int> items, ImageStreamer streamer, float[] destination)
    {
        ArgumentNullException.ThrowIfNull(preprocessor);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(streamer);
        ArgumentNullException.ThrowIfNull(destination);
        var length = preprocessor.Length;
        if (destination.Length < items.Count * length)
        {
            throw new ArgumentException($"The destination has {destination.Length} values; expected at least {items.Count} × {length}.", nameof(destination));
        }

        var failed = streamer.ForEach(dataset, items, preprocessor.Mode, () => new NoWorkerState(), (_, position, image) =>
            preprocessor.Fill(image, destination.AsSpan(position * length, length)));
        if (failed.Count > 0)
        {
            var first = failed.Values.First();
            throw new UserInputException($"Image '{first.Path}' {first.Reason}; remove it or classify the others.");
        }
    }
}
