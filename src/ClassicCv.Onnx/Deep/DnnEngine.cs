namespace ClassicCv.Onnx.Deep;

/// <summary>Which runtime runs a network.</summary>
public enum DnnEngine
{
    /// <summary>OpenCV's DNN module.</summary>
    OpenCv,

    /// <summary>ONNX Runtime on the CPU (the default for embeddings: the same features, about twice as fast).</summary>
    OnnxRuntime,
}
