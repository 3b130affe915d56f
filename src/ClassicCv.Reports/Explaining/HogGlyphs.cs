namespace ClassicCv.Reports.Explaining;

/// <summary>HOG glyph pictures of one HOG feature: each class's mean training descriptor and one test image's descriptor.</summary>
/// <param name="Features">The feature's name (e.g. <c>hog</c>).</param>
/// <param name="ClassMeans">Per class, in class order, the glyph PNG of its mean descriptor.</param>
/// <param name="ImagePosition">Position in the test images of the image drawn.</param>
/// <param name="ImageGlyph">The glyph PNG of that image's descriptor.</param>
public sealed record HogGlyphs(string Features, IReadOnlyList<byte[]> ClassMeans, int ImagePosition, byte[] ImageGlyph);
