namespace ClassicCv.OpenCv.Learners;

/// <summary>How <c>knn</c> measures the distance between two feature vectors.</summary>
public enum KnnDistance
{
    /// <summary>Euclidean (L2) distance.</summary>
    Euclidean,

    /// <summary>Cosine distance: Euclidean distance between L2-normalized vectors (same neighbour ranking).</summary>
    Cosine,
}
