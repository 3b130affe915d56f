namespace ClassicCv.OpenCv.Features;

/// <summary>A feature's typed options: checked in one place, and written back as the text the feature catalog reads.</summary>
public interface IFeatureOptions
{
    /// <summary>Checks every option against its range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it, its value and the range.</exception>
    void Validate();

    /// <summary>The canonical text: the catalog name, then only the options that differ from the defaults (e.g. <c>hog[cell=4]</c>).</summary>
    string ToText();
}
