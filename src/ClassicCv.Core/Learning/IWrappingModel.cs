namespace ClassicCv.Learning;

/// <summary>A model that adds something around another model (calibration, a chosen grid point) and predicts through it.</summary>
public interface IWrappingModel : IClassifierModel
{
    /// <summary>The wrapped model.</summary>
    IClassifierModel Inner { get; }
}
