namespace ClassicCv.Serving;

/// <summary>Why one image of a request was not classified, in the shape of an RFC 7807 problem.</summary>
/// <param name="Type">A URI naming the kind of problem (<c>urn:classiccv:problem:KIND</c>).</param>
/// <param name="Title">The kind of problem, in words.</param>
/// <param name="Status">The HTTP status this problem gets when it is a request's only image.</param>
/// <param name="Detail">What was wrong with this image and what is accepted.</param>
public sealed record ImageError(string Type, string Title, int Status, string Detail)
{
    /// <summary>Creates a problem of kind <paramref name="kind"/>.</summary>
    /// <param name="kind">e.g. <c>undecodable_image</c>; also the metric label.</param>
    /// <param name="title">The kind in words.</param>
    /// <param name="status">The HTTP status.</param>
    /// <param name="detail">What was wrong.</param>
    public static ImageError Of(string kind, string title, int status, string detail) => new($"urn:classiccv:problem:{kind}", title, status, detail);

    /// <summary>The kind (the last part of <see cref="Type"/>).</summary>
    public string Kind => Type[(Type.LastIndexOf(':') + 1)..];
}
