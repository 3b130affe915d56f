using System.Numerics.Tensors;
using ClassicCv.Features;

namespace ClassicCv.MlNet.Learners;

/// <summary>
/// The primal objective of one-vs-rest L2-regularised linear SVMs with the squared hinge loss (scikit-learn's
/// <c>LinearSVC</c> default, the learner of Coates–Ng 2011), for all classes at once:
/// <c>½ Σ_k ‖w_k‖² + C Σ_i v_i Σ_k max(0, 1 − y_ik (w_k · x_i + b_k))²</c> with <c>y_ik = +1</c> when example i is of
/// class k and −1 otherwise, <c>v_i</c> the example's class weight, biases unregularised. Differentiable, so a
/// quasi-Newton method minimises it.
/// </summary>
/// <remarks>
/// Parameters are laid out class-major: <c>K × d</c> weights, then <c>K</c> biases. Rows are taken in fixed blocks of
/// <see cref="BlockRows"/>, one block per task (all cores), each with its own gradient buffer; the blocks' sums are
/// added in block order, so the value does not depend on how the blocks were scheduled.
/// </remarks>
internal sealed class SquaredHingeObjective
{
    /// <summary>Rows per block of one evaluation.</summary>
    public const int BlockRows = 1024;

    private readonly FeatureMatrix _features;
    private readonly IReadOnlyList<int> _labels;
    private readonly IReadOnlyList<double>? _classWeights;
    private readonly double _c;
    private readonly int _classCount;
    private readonly float[][] _blockGradients;
    private readonly double[] _blockLosses;
    private readonly float[] _weights;

    /// <summary>Prepares the objective for one training set.</summary>
    /// <param name="features">Training rows.</param>
    /// <param name="labels">Class of every row, 0 ≤ label &lt; <paramref name="classCount"/>.</param>
    /// <param name="classCount">Number of classes K.</param>
    /// <param name="c">Weight C of the loss term, &gt; 0.</param>
    /// <param name="classWeights">Weight of every class's examples, or <c>null</c> for 1.</param>
    public SquaredHingeObjective(FeatureMatrix features, IReadOnlyList<int> labels, int classCount, double c, IReadOnlyList<double>? classWeights)
    {
        _features = features;
        _labels = labels;
        _classCount = classCount;
        _c = c;
        _classWeights = classWeights;
        var blocks = (features.Rows + BlockRows - 1) / BlockRows;
        _blockGradients = new float[blocks][];
        _blockLosses = new double[blocks];
        _weights = new float[classCount * features.Columns];
    }

    /// <summary>Number of parameters: K × (d + 1).</summary>
    public int ParameterCount => _classCount * (_features.Columns + 1);

    /// <summary>The objective's value at <paramref name="parameters"/>, its gradient written to <paramref name="gradient"/>.</summary>
    /// <param name="parameters">K × d weights, then K biases.</param>
    /// <param name="gradient">Receives the gradient, the same layout.</param>
    public double Evaluate(ReadOnlySpan<double> parameters, Span<double> gradient)
    {
        var d = _features.Columns;
        var weightCount = _classCount * d;
        for (var j = 0; j < weightCount; j++)
        {
            _weights[j] = (float)parameters[j];
        }

        var biases = parameters[weightCount..].ToArray();
        Parallel.For(0, _blockGradients.Length, block => _blockLosses[block] = EvaluateBlock(block, biases));

        var loss = 0.0;
        gradient.Clear();
        for (var block = 0; block < _blockGradients.Length; block++)
        {
            loss += _blockLosses[block];
            var partial = _blockGradients[block];
            for (var j = 0; j < partial.Length; j++)
            {
                gradient[j] += partial[j];
            }
        }

        var squares = 0.0;
        for (var j = 0; j < weightCount; j++)
        {
            squares += parameters[j] * parameters[j];
            gradient[j] += parameters[j];
        }

        return (0.5 * squares) + (_c * loss);
    }

    /// <summary>One block's Σ v_i Σ_k max(0, 1 − y_ik s_ik)², its gradient (already times C) left in the block's buffer.</summary>
    private double EvaluateBlock(int block, double[] biases)
    {
        var d = _features.Columns;
        var partial = _blockGradients[block] ??= new float[ParameterCount];
        Array.Clear(partial);
        var weights = _weights.AsSpan();
        var biasGradients = partial.AsSpan(_classCount * d);
        var loss = 0.0;
        var end = Math.Min(_features.Rows, (block + 1) * BlockRows);
        for (var i = block * BlockRows; i < end; i++)
        {
            ReadOnlySpan<float> row = _features.Row(i);
            var weight = _classWeights is null ? 1.0 : _classWeights[_labels[i]];
            for (var k = 0; k < _classCount; k++)
            {
                var y = _labels[i] == k ? 1.0 : -1.0;
                var score = TensorPrimitives.Dot(weights.Slice(k * d, d), row) + biases[k];
                var slack = 1 - (y * score);
                if (slack <= 0)
                {
                    continue;
                }

                loss += weight * slack * slack;
                var step = (float)(-2 * _c * weight * slack * y);
                var classGradient = partial.AsSpan(k * d, d);
                TensorPrimitives.MultiplyAdd(row, step, classGradient, classGradient);
                biasGradients[k] += step;
            }
        }

        return loss;
    }
}
