namespace ClassicCv.Leakage;

/// <summary>How two images were found to be the same picture.</summary>
public enum DuplicateKind
{
    /// <summary>Identical decoded pixels (same size, same content hash).</summary>
    Exact,

    /// <summary>Close perceptual hashes, confirmed by the correlation of the grayscale copies.</summary>
    Near,
}
