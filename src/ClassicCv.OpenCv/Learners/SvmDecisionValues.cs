using System.Numerics.Tensors;
using ClassicCv.Features;
using ClassicCv.Learning;
using OpenCvSharp;
using OpenCvSharp.ML;

namespace ClassicCv.OpenCv.Learners;

/// <summary>
/// Per-class scores of OpenCV's one-vs-one RBF SVM, read from its decision functions: every pair (i, j) of classes has
/// f_ij(x) = Σ α_k K(sv_k, x) − ρ with K = exp(−γ‖x − sv‖²); class i gets a vote when f_ij &gt; 0, class j otherwise
/// (OpenCV's rule, so the predicted class — most votes, first on ties — is the one OpenCV predicts). The score of a class
/// is its votes plus its summed confidences squashed into (−⅓, ⅓), as scikit-learn's <c>decision_function_shape='ovr'</c>;
/// a class absent from training scores −1.
/// </summary>
internal sealed class SvmDecisionValues
{
    private const int BlockRows = 512;
    private readonly float[] _supportVectors;
    private readonly float[] _supportNorms;
    private readonly int _supportCount;
    private readonly int _featureCount;
    private readonly (int I, int J, double Rho, double[] Alpha, int[] Index)[] _functions;
    private readonly int[] _classes;
    private readonly int _classCount;
    private readonly double _gamma;

    /// <summary>Reads the support vectors and decision functions of a trained SVM.</summary>
    /// <param name="svm">The trained SVM (C-SVC, RBF kernel).</param>
    /// <param name="classes">The class indices present in training, ascending (OpenCV's class order).</param>
    /// <param name="classCount">Number of classes of the model (row width of the scores).</param>
    /// <param name="gamma">The RBF width.</param>
    public SvmDecisionValues(SVM svm, IReadOnlyList<int> classes, int classCount, double gamma)
    {
        using var sv = svm.GetSupportVectors();
        _supportCount = sv.Rows;
        _featureCount = sv.Cols;
        _supportVectors = sv.AsSpan<float>().ToArray();
        _supportNorms = new float[_supportCount];
        for (var s = 0; s < _supportCount; s++)
        {
            var row = _supportVectors.AsSpan(s * _featureCount, _featureCount);
            _supportNorms[s] = TensorPrimitives.Dot(row, row);
        }

        _classes = [.. classes];
        _classCount = classCount;
        _gamma = gamma;
        var functions = new List<(int, int, double, double[], int[])>();
        for (int i = 0, df = 0; i < _classes.Length; i++)
        {
            for (var j = i + 1; j < _classes.Length; j++, df++)
            {
                using var alpha = new Mat();
                using var index = new Mat();
                var rho = svm.GetDecisionFunction(df, alpha, index);
                using var alpha64 = new Mat();
                alpha.ConvertTo(alpha64, MatType.CV_64FC1);
                functions.Add((i, j, rho, alpha64.AsSpan<double>().ToArray(), index.AsSpan<int>().ToArray()));
            }
        }

        _functions = [.. functions];
    }

    /// <summary>Labels and per-class scores of every row.</summary>
    /// <param name="features">Features with the model's column count.</param>
    public Predictions Predict(FeatureMatrix features)
    {
        var rows = features.Rows;
        var labels = new int[rows];
        var scores = new float[rows * _classCount];
        using var support = Mat.FromPixelData(_supportCount, _featureCount, MatType.CV_32FC1, _supportVectors);
        var blocks = (rows + BlockRows - 1) / BlockRows;
        Parallel.For(0, blocks, b =>
        {
            var start = b * BlockRows;
            var count = Math.Min(BlockRows, rows - start);
            using var block = new Mat(count, _featureCount, MatType.CV_32FC1);
            features.Values.Slice(start * _featureCount, count * _featureCount).CopyTo(block.AsSpan<float>());
            using var cross = new Mat();
            using var none = new Mat();
            Cv2.Gemm(block, support, 1, none, 0, cross, GemmFlags.B_T);
            var kernel = cross.AsSpan<float>();
            var votes = new int[_classes.Length];
            var confidence = new double[_classes.Length];
            for (var r = 0; r < count; r++)
            {
                var x = features.Row(start + r);
                var norm = TensorPrimitives.Dot(x, x);
                var k = kernel.Slice(r * _supportCount, _supportCount);
                for (var s = 0; s < _supportCount; s++)
                {
                    k[s] = (float)(-_gamma * Math.Max(0, norm + _supportNorms[s] - (2 * k[s])));
                }

                TensorPrimitives.Exp(k, k);
                Array.Clear(votes);
                Array.Clear(confidence);
                foreach (var (i, j, rho, alpha, index) in _functions)
                {
                    var sum = -rho;
                    for (var a = 0; a < alpha.Length; a++)
                    {
                        sum += alpha[a] * k[index[a]];
                    }

                    votes[sum > 0 ? i : j]++;
                    confidence[i] += sum;
                    confidence[j] -= sum;
                }

                var best = 0;
                for (var c = 1; c < votes.Length; c++)
                {
                    if (votes[c] > votes[best])
                    {
                        best = c;
                    }
                }

                labels[start + r] = _classes[best];
                var row = scores.AsSpan((start + r) * _classCount, _classCount);
                row.Fill(-1);
                for (var c = 0; c < _classes.Length; c++)
                {
                    row[_classes[c]] = (float)(votes[c] + (confidence[c] / (3 * (Math.Abs(confidence[c]) + 1))));
                }
            }
        });
        return new Predictions(labels, scores, false);
    }
}
