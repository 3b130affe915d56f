namespace ClassicCv.MlNet.Data;

/// <summary>One example as ML.NET reads it; the vector width is set at run time through a schema definition.</summary>
internal sealed class FeatureRow
{
    public float[] Features { get; set; } = [];

    public bool BinaryLabel { get; set; }

    public uint Label { get; set; }

    public float Weight { get; set; } = 1;
}
