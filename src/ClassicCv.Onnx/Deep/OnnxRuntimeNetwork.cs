using Microsoft.ML.OnnxRuntime;

namespace ClassicCv.Onnx.Deep;

/// <summary>
/// An ONNX model run by ONNX Runtime on the CPU, one image per call and one thread per session (callers parallelise
/// over images, one session per thread), with a single input of fixed shape 1 × channels × height × width.
/// </summary>
public sealed class OnnxRuntimeNetwork : IImageNetwork
{
    private readonly InferenceSession _session;
    private readonly RunOptions _run = new();
    private readonly string[] _inputNames;
    private readonly string[] _outputNames;
    private readonly long[] _shape;
    private readonly float[] _input;

    /// <summary>Loads <paramref name="model"/>.</summary>
    /// <param name="model">The ONNX file's bytes.</param>
    /// <param name="channels">Input channels.</param>
    /// <param name="height">Input height in pixels.</param>
    /// <param name="width">Input width in pixels.</param>
    public OnnxRuntimeNetwork(byte[] model, int channels, int height, int width)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
        };
        _session = new InferenceSession(model, options);
        _inputNames = [.. _session.InputMetadata.Keys];
        _outputNames = [.. _session.OutputNames];
        if (_inputNames.Length != 1 || _outputNames.Length != 1)
        {
            _session.Dispose();
            throw new ArgumentException($"Expected a model with one input and one output; it has {_inputNames.Length} and {_outputNames.Length}.", nameof(model));
        }

        _shape = [1, channels, height, width];
        _input = new float[channels * height * width];
    }

    /// <inheritdoc />
    public float[] Run(ReadOnlySpan<float> inputs, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (inputs.Length != count * _input.Length)
        {
            throw new ArgumentException($"The inputs have {inputs.Length} values; expected {count} × {_input.Length}.", nameof(inputs));
        }

        var outputs = new List<float>();
        for (var i = 0; i < count; i++)
        {
            inputs.Slice(i * _input.Length, _input.Length).CopyTo(_input);
            using var value = OrtValue.CreateTensorValueFromMemory(_input, _shape);
            using var results = _session.Run(_run, _inputNames, [value], _outputNames);
            outputs.AddRange(results[0].GetTensorDataAsSpan<float>());
        }

        return [.. outputs];
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _session.Dispose();
        _run.Dispose();
    }
}
