using System.Globalization;
using System.Text;
using ClassicCv.Experiments;

namespace ClassicCv.Reports.Html;

/// <summary>A pipeline's score charts: the reliability diagram and the one-vs-rest ROC and precision–recall curves.</summary>
internal static class HtmlScoreCharts
{
    /// <summary>Writes the charts, or a line saying the pipeline gives no scores.</summary>
    /// <param name="html">Output.</param>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="names">Class names, by label.</param>
    public static void Write(StringBuilder html, PipelineResult pipeline, IReadOnlyList<string> names)
    {
        var calibration = pipeline.Statistics?.Calibration;
        var curves = pipeline.Statistics?.Curves;
        html.Append("<h3>Probabilities: calibration and ranking</h3>");
        if (calibration is null || curves is null)
        {
            html.Append("<p class=\"muted\">This pipeline gives no per-class scores.</p>");
            return;
        }

        var final = calibration.Final;
        html.Append("<p class=\"muted\">").Append(HtmlText.Escape(string.Create(CultureInfo.InvariantCulture,
            $"calibration: {calibration.Method}; ECE {final.ExpectedCalibrationError:0.0000} (15 bins), MCE {final.MaximumCalibrationError:0.0000}, Brier {final.Brier:0.0000}, log loss {final.LogLoss:0.0000}{(calibration.After is null ? "" : $" (before: ECE {calibration.Before.ExpectedCalibrationError:0.0000}, log loss {calibration.Before.LogLoss:0.0000})")}; macro ROC AUC {curves.MacroRocAuc:0.0000}, macro average precision {curves.MacroAveragePrecision:0.0000}.")))
            .Append("</p><div class=\"scroll\" style=\"display:flex;flex-wrap:wrap;gap:8px\">")
            .Append(CurveCharts.Reliability(calibration))
            .Append(CurveCharts.Roc(curves, names))
            .Append(CurveCharts.PrecisionRecall(curves, names))
            .Append("</div>");
    }
}
