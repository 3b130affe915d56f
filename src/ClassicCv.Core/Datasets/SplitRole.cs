namespace ClassicCv.Datasets;

/// <summary>The part of a split an image belongs to.</summary>
public enum SplitRole
{
    /// <summary>Used to fit extractors, transforms and learners.</summary>
    Train,

    /// <summary>Held out; used only to measure.</summary>
    Test,
}
