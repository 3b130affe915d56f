namespace ClassicCv.Datasets;

/// <summary>An encoded image (PNG, JPEG, BMP, …) already held in memory, e.g. the body of an HTTP request.</summary>
/// <param name="Bytes">The encoded file's bytes; not copied, so the caller must not change them while they are decoded.</param>
/// <param name="Name">What to call the image in messages (e.g. a form field or file name).</param>
public sealed record EncodedImageLocation(byte[] Bytes, string Name) : ImageLocation
{
    /// <inheritdoc />
    public override string Describe() => Name;
}
