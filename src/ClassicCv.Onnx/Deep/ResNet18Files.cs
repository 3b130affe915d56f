using ClassicCv.Errors;
using Google.Protobuf;
using Onnx;
using OpenCvSharp;

namespace ClassicCv.Onnx.Deep;

/// <summary>
/// The ImageNet ResNet-18 of the NuGet package Microsoft.ML.DnnImageFeaturizer.ResNet18, which copies
/// <c>DnnImageModels/ResNet18Onnx/ResNet18.onnx</c> and <c>DnnImageModels/ResNetPrepOnnx/ResNetPreprocess.onnx</c>
/// to the output folder. The backbone ends in a fixed 7×7 average pool (224×224 inputs only); for other sizes it is
/// replaced by a global average pool, which needs sizes that are multiples of 32.
/// </summary>
public static class ResNet18Files
{
    /// <summary>The input size the models ship for.</summary>
    public const int ShippedSize = 224;

    /// <summary>The default folder: <c>DnnImageModels</c> beside the application.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "DnnImageModels");

    /// <summary>The backbone file in <paramref name="folder"/>.</summary>
    /// <param name="folder">A <c>DnnImageModels</c> folder.</param>
    public static string Backbone(string folder) => Path.Combine(folder, "ResNet18Onnx", "ResNet18.onnx");

    /// <summary>The preprocessing model file in <paramref name="folder"/>.</summary>
    /// <param name="folder">A <c>DnnImageModels</c> folder.</param>
    public static string Preprocess(string folder) => Path.Combine(folder, "ResNetPrepOnnx", "ResNetPreprocess.onnx");

    /// <summary>Throws a user error naming the missing file when either model is absent.</summary>
    /// <param name="folder">A <c>DnnImageModels</c> folder.</param>
    public static void RequireIn(string folder)
    {
        foreach (var file in new[] { Backbone(folder), Preprocess(folder) })
        {
            if (!File.Exists(file))
            {
                throw new UserInputException($"The ResNet-18 model file '{file}' is missing; it comes with the NuGet package Microsoft.ML.DnnImageFeaturizer.ResNet18 (reference it, or set models=FOLDER to a DnnImageModels folder).");
            }
        }
    }

    /// <summary>
    /// The backbone's ONNX bytes for square inputs of side <paramref name="size"/>: as shipped at 224, else with the
    /// final average pool made global and the declared input size changed.
    /// </summary>
    /// <param name="folder">A <c>DnnImageModels</c> folder.</param>
    /// <param name="size">224, or a positive multiple of 32.</param>
    public static byte[] BackboneFor(string folder, int size) =>
        size == ShippedSize ? File.ReadAllBytes(Backbone(folder)) : WithGlobalPool(folder, size);

    /// <summary>
    /// The backbone for side <paramref name="size"/> whose single output is the concatenation of
    /// <paramref name="layers"/>, each globally average-pooled (the shipped backbone when only <see cref="ResNet18Layer.Final"/> is asked for).
    /// </summary>
    /// <param name="folder">A <c>DnnImageModels</c> folder.</param>
    /// <param name="size">224, or a positive multiple of 32.</param>
    /// <param name="layers">The layers, in output order (at least one).</param>
    public static byte[] BackboneFor(string folder, int size, IReadOnlyList<ResNet18Layer> layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        ArgumentOutOfRangeException.ThrowIfZero(layers.Count);
        if (layers is [{ Pooled: true }])
        {
            return BackboneFor(folder, size);
        }

        var model = size == ShippedSize ? ModelProto.Parser.ParseFrom(File.ReadAllBytes(Backbone(folder))) : GlobalPoolModel(folder, size);
        var graph = model.Graph;
        var concat = new NodeProto { Name = "ClassicCvEmbedding", OpType = "Concat", Output = { "ClassicCvEmbedding_Output_0" } };
        concat.Attribute.Add(new AttributeProto { Name = "axis", Type = AttributeProto.Types.AttributeType.Int, I = 1 });
        foreach (var layer in layers)
        {
            if (layer.Pooled)
            {
                concat.Input.Add(layer.Tensor);
                continue;
            }

            var pooled = $"{layer.Tensor}_ClassicCvPool";
            graph.Node.Add(new NodeProto { Name = pooled, OpType = "GlobalAveragePool", Input = { layer.Tensor }, Output = { pooled } });
            concat.Input.Add(pooled);
        }

        graph.Node.Add(concat);
        var output = graph.Output.Single().Clone();
        output.Name = concat.Output[0];
        output.Type.TensorType.Shape.Dim[1].DimValue = layers.Sum(layer => layer.Channels);
        graph.Output.Clear();
        graph.Output.Add(output);
        OnnxZeroAttributes.Remove(graph);
        return model.ToByteArray();
    }

    /// <summary>
    /// The backbone's ONNX bytes with the final 7×7 average pool made global, declared for side <paramref name="size"/>
    /// (the intermediate shapes the file declares for 224 are dropped; runtimes infer them).
    /// </summary>
    /// <param name="folder">A <c>DnnImageModels</c> folder.</param>
    /// <param name="size">A positive multiple of 32 (224 included).</param>
    public static byte[] WithGlobalPool(string folder, int size)
    {
        var model = GlobalPoolModel(folder, size);
        OnnxZeroAttributes.Remove(model.Graph);
        return model.ToByteArray();
    }

    private static ModelProto GlobalPoolModel(string folder, int size)
    {
        var model = ModelProto.Parser.ParseFrom(File.ReadAllBytes(Backbone(folder)));
        var pool = model.Graph.Node.Single(node => node.OpType == "AveragePool");
        pool.OpType = "GlobalAveragePool";
        pool.Attribute.Clear();
        var input = model.Graph.Input.First(value => model.Graph.Initializer.All(init => init.Name != value.Name));
        var dims = input.Type.TensorType.Shape.Dim;
        dims[2].DimValue = size;
        dims[3].DimValue = size;
        model.Graph.ValueInfo.Clear();
        return model;
    }

    /// <summary>
    /// The per-pixel ImageNet mean image the preprocessing model subtracts, as three BGR planes of side
    /// <paramref name="size"/> (resized from the shipped 224×224 when needed). It is read by running the preprocessing
    /// model itself through OpenCV DNN on a black image: its output is then minus the mean.
    /// </summary>
    /// <param name="folder">A <c>DnnImageModels</c> folder.</param>
    /// <param name="size">Side of the planes.</param>
    public static float[] MeanImage(string folder, int size)
    {
        using var net = FixedBatchNet.FromOnnx(Preprocess(folder), 1, 3, ShippedSize, ShippedSize);
        var negated = net.Run(new float[3 * ShippedSize * ShippedSize], 1);
        var plane = ShippedSize * ShippedSize;
        var mean = new float[3 * size * size];
        for (var c = 0; c < 3; c++)
        {
            var values = negated.AsSpan(c * plane, plane).ToArray().Select(v => -v).ToArray();
            using var source = Mat.FromPixelData(ShippedSize, ShippedSize, MatType.CV_32FC1, values);
            using var resized = new Mat();
            Cv2.Resize(source, resized, new Size(size, size), 0, 0, size < ShippedSize ? InterpolationFlags.Area : InterpolationFlags.Linear);
            using var continuous = resized.Clone();
            System.Runtime.InteropServices.Marshal.Copy(continuous.Data, mean, c * size * size, size * size);
        }

        return mean;
    }
}
