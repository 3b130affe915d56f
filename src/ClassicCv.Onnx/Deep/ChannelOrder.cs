namespace ClassicCv.Onnx.Deep;

/// <summary>Order of the colour planes a network expects.</summary>
public enum ChannelOrder
{
    /// <summary>Red, green, blue (PyTorch, Keras and most models trained outside OpenCV).</summary>
    Rgb,

    /// <summary>Blue, green, red (OpenCV's own order; Caffe models).</summary>
    Bgr,
}
