namespace ClassicCv.Features.Transforms;

/// <summary>A transform with learnt parameters; immutable and thread-safe.</summary>
public interface IFittedFeatureTransform
{
    /// <summary>Number of columns the transform produces.</summary>
    int OutputColumns { get; }

    /// <summary>Transforms features into a new matrix; the input is left untouched.</summary>
    /// <param name="features">Rows with the column count the transform was fitted on.</param>
    FeatureMatrix Apply(FeatureMatrix features);
}
