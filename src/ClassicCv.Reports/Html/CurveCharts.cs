using System.Globalization;
using ClassicCv.Evaluation.Calibration;
using ClassicCv.Evaluation.Ranking;
using ScottPlot;

namespace ClassicCv.Reports.Html;

/// <summary>Reliability diagrams and one-vs-rest ROC and precision–recall curves, drawn by ScottPlot as inline SVG.</summary>
internal static class CurveCharts
{
    private const int MaxPointsPerCurve = 200;

    /// <summary>Accuracy against mean confidence per bin, before and after calibration, with the diagonal of perfect calibration.</summary>
    /// <param name="report">The pipeline's calibration.</param>
    public static string Reliability(CalibrationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var plot = SvgCharts.NewPlot();
        var diagonal = plot.Add.Scatter(new double[] { 0, 1 }, new double[] { 0, 1 });
        diagonal.MarkerSize = 0;
        diagonal.LinePattern = LinePattern.Dashed;
        diagonal.Color = Colors.Gray;
        diagonal.LegendText = "perfectly calibrated";
        AddBins(plot, report.Before, report.After is null ? Colors.SteelBlue : Colors.Gray, Invariant($"{(report.After is null ? "probabilities" : "before")} (ECE {report.Before.ExpectedCalibrationError:0.000})"));
        if (report.After is { } after)
        {
            AddBins(plot, after, Colors.OrangeRed, Invariant($"after {report.Method} (ECE {after.ExpectedCalibrationError:0.000})"));
        }

        plot.XLabel("confidence (top-class probability)");
        plot.YLabel("accuracy");
        plot.Axes.SetLimits(0, 1, 0, 1.02);
        plot.ShowLegend(Alignment.UpperLeft);
        return SvgCharts.Export(plot, 420, 360);
    }

    /// <summary>One ROC curve per class, with the macro AUC in the title.</summary>
    /// <param name="curves">The pipeline's curves.</param>
    /// <param name="classNames">Class names, by label.</param>
    public static string Roc(OneVsRestCurves curves, IReadOnlyList<string> classNames) =>
        Curves(curves, classNames, c => c.Roc, c => c.RocAuc, "AUC", "false-positive rate", "true-positive rate", Invariant($"ROC, one class vs rest (macro AUC {curves.MacroRocAuc:0.0000})"));

    /// <summary>One precision–recall curve per class, with the macro average precision in the title.</summary>
    /// <param name="curves">The pipeline's curves.</param>
    /// <param name="classNames">Class names, by label.</param>
    public static string PrecisionRecall(OneVsRestCurves curves, IReadOnlyList<string> classNames) =>
        Curves(curves, classNames, c => c.PrecisionRecall, c => c.AveragePrecision, "AP", "recall", "precision", Invariant($"Precision–recall (macro AP {curves.MacroAveragePrecision:0.0000})"));

    private static string Curves(OneVsRestCurves curves, IReadOnlyList<string> classNames, Func<ClassCurves, IReadOnlyList<CurvePoint>> points, Func<ClassCurves, double> summary, string what, string x, string y, string title)
    {
        ArgumentNullException.ThrowIfNull(curves);
        var plot = SvgCharts.NewPlot();
        var palette = new ScottPlot.Palettes.Category10();
        foreach (var c in curves.Classes.Where(c => c.Positives > 0))
        {
            var thinned = Thin(points(c));
            var line = plot.Add.Scatter(thinned.Select(p => p.X).ToArray(), thinned.Select(p => p.Y).ToArray());
            line.MarkerSize = 0;
            line.LineWidth = 1.5f;
            line.Color = palette.GetColor(c.Class);
            if (curves.Classes.Count <= 12)
            {
                line.LegendText = Invariant($"{Shorten(classNames[c.Class])} ({what} {summary(c):0.000})");
            }
        }

        plot.Title(title, 13);
        plot.XLabel(x);
        plot.YLabel(y);
        plot.Axes.SetLimits(0, 1, 0, 1.02);
        if (curves.Classes.Count <= 12)
        {
            plot.ShowLegend(Alignment.LowerRight);
            plot.Legend.FontSize = 9;
            plot.Legend.FontName = ChartFonts.For(string.Concat(classNames));
        }

        return SvgCharts.Export(plot, 420, 360);
    }

    private static void AddBins(Plot plot, CalibrationMetrics metrics, Color color, string legend)
    {
        var filled = metrics.Bins.Where(b => b.Count > 0).ToArray();
        var line = plot.Add.Scatter(filled.Select(b => b.MeanConfidence).ToArray(), filled.Select(b => b.Accuracy).ToArray());
        line.Color = color;
        line.MarkerSize = 6;
        line.LineWidth = 2;
        line.LegendText = legend;
    }

    private static IReadOnlyList<CurvePoint> Thin(IReadOnlyList<CurvePoint> points)
    {
        if (points.Count <= MaxPointsPerCurve)
        {
            return points;
        }

        var step = (double)(points.Count - 1) / (MaxPointsPerCurve - 1);
        return Enumerable.Range(0, MaxPointsPerCurve).Select(i => points[(int)Math.Round(i * step)]).ToArray();
    }

    private static string Shorten(string name) => name.Length <= 20 ? name : name[..19] + "…";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
