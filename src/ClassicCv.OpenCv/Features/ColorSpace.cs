namespace ClassicCv.OpenCv.Features;

/// <summary>The colour space a colour histogram counts in.</summary>
public enum ColorSpace
{
    /// <summary>OpenCV's 8-bit HSV: hue 0–179, saturation and value 0–255.</summary>
    Hsv,

    /// <summary>8-bit red, green, blue.</summary>
    Rgb,

    /// <summary>OpenCV's 8-bit CIE L*a*b*, each channel 0–255.</summary>
    Lab,
}
