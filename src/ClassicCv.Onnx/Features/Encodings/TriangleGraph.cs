using ClassicCv.Onnx.Deep;
using static ClassicCv.Onnx.Deep.OnnxGraphBuilder;

namespace ClassicCv.Onnx.Features.Encodings;

/// <summary>
/// The whole <c>kmeans-patches</c> encoding of one image as an ONNX graph run by ONNX Runtime (whose MLAS convolutions
/// are the matrix products): per-patch mean and variance by convolutions with a box filter; the whitened normalised
/// patch <c>w = (x̂ − m) W</c> at every position by a convolution with the whitening matrix's rows, using
/// <c>x̂ · W_j = (x · W_j − μ Σ W_j) / σ</c>; the distances <c>z_k = ‖w − c_k‖</c> from <c>‖w‖² − 2 w · c_k + ‖c_k‖²</c>, the last two terms one 1×1 convolution
/// (weights −2 c_k, bias ‖c_k‖²);
/// the triangle activation <c>max(0, mean_k z − z_k)</c>; and sums over the four quadrants of the positions.
/// </summary>
internal static class TriangleGraph
{
    public const string InputName = "image";
    public const string OutputName = "features";

    public static byte[] Build(PatchGeometry geometry, PatchDictionary dictionary)
    {
        var (c, p, s, d, k) = (geometry.Channels, geometry.Patch, geometry.Stride, geometry.Dimension, dictionary.Words);
        var whitening = dictionary.Whitening.Matrix;
        var mean = dictionary.Whitening.Mean;
        var columnSums = new float[d];
        var meanTimesW = new float[d];
        for (var i = 0; i < d; i++)
        {
            for (var j = 0; j < d; j++)
            {
                columnSums[j] += whitening[(i * d) + j];
                meanTimesW[j] += mean[i] * whitening[(i * d) + j];
            }
        }

        var norms = new float[k];
        for (var word = 0; word < k; word++)
        {
            var row = dictionary.Centroids.AsSpan(word * d, d);
            foreach (var value in row)
            {
                norms[word] += value * value;
            }
        }

        var g = new OnnxGraphBuilder("classiccv-kmeans-patches");
        g.Input(InputName, 1, c, geometry.Height, geometry.Width);
        g.Output(OutputName, 1, 4L * k);
        var box = g.Constant("box", Enumerable.Repeat(1f, d).ToArray(), 1, c, p, p);
        var filters = g.Constant("whitening", (float[])whitening.Clone(), d, c, p, p);
        var centroids = g.Constant("minus_two_centroids", dictionary.Centroids.Select(value => -2 * value).ToArray(), k, d, 1, 1);
        var centroidNorms = g.Constant("centroid_norms", norms, k);
        var strides = Ints("strides", s, s);
        var sum = g.Node("Conv", "sum", [InputName, box], strides);
        var squared = g.Node("Mul", "squared", [InputName, InputName]);
        var sumSquares = g.Node("Conv", "sum_squares", [squared, box], strides);
        var mu = g.Node("Mul", "mu", [sum, g.Constant("inverse_d", [1f / d], 1)]);
        var deviations = g.Node("Sub", "deviations", [sumSquares, g.Node("Mul", "sum_times_mu", [sum, mu])]);
        var variance = g.Node("Mul", "variance", [g.Node("Relu", "deviations_pos", [deviations]), g.Constant("inverse_d1", [1f / (d - 1)], 1)]);
        var sigma = g.Node("Sqrt", "sigma", [g.Node("Add", "variance_reg", [variance, g.Constant("regularizer", [(float)PatchNormalization.VarianceRegularizer], 1)])]);
        var projected = g.Node("Conv", "projected", [InputName, filters], strides);
        var shifted = g.Node("Sub", "shifted", [projected, g.Node("Mul", "mu_sums", [mu, g.Constant("column_sums", columnSums, 1, d, 1, 1)])]);
        var white = g.Node("Sub", "white", [g.Node("Div", "scaled", [shifted, sigma]), g.Constant("mean_w", meanTimesW, 1, d, 1, 1)]);
        var centroidTerms = g.Node("Conv", "centroid_terms", [white, centroids, centroidNorms]);
        var whiteNorm = g.Node("ReduceSum", "white_norm", [g.Node("Mul", "white_sq", [white, white]), g.Int64s("channel_axis", 1)], Int("keepdims", 1));
        var distanceSquared = g.Node("Add", "distance_sq", [whiteNorm, centroidTerms]);
        var distance = g.Node("Sqrt", "distance", [g.Node("Relu", "distance_sq_pos", [distanceSquared])]);
        var meanDistance = g.Node("ReduceMean", "mean_distance", [distance], Ints("axes", 1), Int("keepdims", 1));
        var activation = g.Node("Relu", "activation", [g.Node("Sub", "margin", [meanDistance, distance])]);
        var (rows, columns) = (geometry.Rows, geometry.Columns);
        var (halfRows, halfColumns) = ((rows + 1) / 2, (columns + 1) / 2);
        var axes = g.Int64s("spatial_axes", 2, 3);
        var quadrants = new List<string>();
        foreach (var (top, bottom) in new[] { (0, halfRows), (halfRows, rows) })
        {
            foreach (var (left, right) in new[] { (0, halfColumns), (halfColumns, columns) })
            {
                var name = $"q{quadrants.Count}";
                var slice = g.Node("Slice", $"{name}_slice", [activation, g.Int64s($"{name}_starts", top, left), g.Int64s($"{name}_ends", bottom, right), axes]);
                quadrants.Add(g.Node("ReduceSum", $"{name}_sum", [slice, axes], Int("keepdims", 0)));
            }
        }

        g.Node("Concat", OutputName, [.. quadrants], Int("axis", 1));
        return g.ToBytes();
    }
}
