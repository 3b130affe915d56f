namespace ClassicCv.Leakage;

/// <summary>What the leakage audit of a run found: test images that are also training images, and duplicates within each part.</summary>
/// <param name="Options">The thresholds used.</param>
/// <param name="TrainAudited">Training images audited (those that decoded).</param>
/// <param name="TestAudited">Test images audited.</param>
/// <param name="Leaked">Every leaked test image, in test order.</param>
/// <param name="WithinTrain">Duplicates among the training images.</param>
/// <param name="WithinTest">Duplicates among the test images.</param>
/// <param name="Candidates">Pairs whose perceptual hashes were close enough to be checked pixel by pixel.</param>
/// <param name="Seconds">Wall seconds of the audit: decoding and hashing, then the search.</param>
public sealed record LeakageReport(
    LeakageAuditOptions Options,
    int TrainAudited,
    int TestAudited,
    IReadOnlyList<LeakedImage> Leaked,
    SplitDuplicates WithinTrain,
    SplitDuplicates WithinTest,
    long Candidates,
    double Seconds)
{
    /// <summary>Whether the leaked test images were dropped from the test split (<c>--drop-leaked</c>).</summary>
    public bool Dropped { get; init; }

    /// <summary>Leaked test images that are exact duplicates.</summary>
    public int ExactLeaks => Leaked.Count(image => image.Kind == DuplicateKind.Exact);

    /// <summary>Leaked test images that are near duplicates.</summary>
    public int NearLeaks => Leaked.Count(image => image.Kind == DuplicateKind.Near);

    /// <summary>Whether anything was found (a leak or a duplicate within a part).</summary>
    public bool FoundAny => Leaked.Count > 0 || WithinTrain.Images > 0 || WithinTest.Images > 0;
}
