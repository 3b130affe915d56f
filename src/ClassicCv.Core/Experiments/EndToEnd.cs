namespace ClassicCv.Experiments;

/// <summary>Names shared by every contender that classifies the image itself (a network trained or run end to end).</summary>
public static class EndToEnd
{
    /// <summary>
    /// The features part of an end-to-end contender's name: the network's input is the image, so its pipeline reads
    /// <c>image/cnn</c> or <c>image/onnx:net.onnx</c> in every file of a report.
    /// </summary>
    public const string FeaturesName = "image";
}
