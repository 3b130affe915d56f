namespace ClassicCv.OpenCv.Deep;

/// <summary>Which runtime runs a network.</summary>
public enum DnnEngine
{
    /// <summary>OpenCV's DNN module (the default).</summary>
    OpenCv,

    /// <summary>ONNX Runtime on the CPU.</summary>
    OnnxRuntime,
}
