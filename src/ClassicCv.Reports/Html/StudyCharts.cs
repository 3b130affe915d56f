using System.Globalization;
using ClassicCv.Studies.LearningCurves;
using ClassicCv.Studies.Robustness;
using ScottPlot;

namespace ClassicCv.Reports.Html;

/// <summary>The charts of the studies: accuracy against corruption severity and against training size, drawn by ScottPlot as inline SVG.</summary>
internal static class StudyCharts
{
    /// <summary>One line per pipeline: clean accuracy at severity 0, then the accuracy at each measured severity of <paramref name="corruption"/>.</summary>
    /// <param name="study">The robustness study.</param>
    /// <param name="corruption">The corruption drawn.</param>
    /// <param name="legend">Whether to draw the legend (the colours are the same in every chart).</param>
    public static string AccuracyVersusSeverity(RobustnessReport study, string corruption, bool legend)
    {
        ArgumentNullException.ThrowIfNull(study);
        var plot = SvgCharts.NewPlot();
        var palette = new ScottPlot.Palettes.Category10();
        var pipelines = study.Pipelines.Select(p => p.Pipeline).Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < pipelines.Length; i++)
        {
            var rows = study.Results.Where(r => r.Pipeline == pipelines[i] && r.Corruption == corruption).OrderBy(r => r.Severity).ToArray();
            if (rows.Length == 0)
            {
                continue;
            }

            var xs = new double[] { 0 }.Concat(rows.Select(r => (double)r.Severity)).ToArray();
            var ys = new[] { rows[0].CleanAccuracy * 100 }.Concat(rows.Select(r => r.Accuracy * 100)).ToArray();
            var line = plot.Add.Scatter(xs, ys);
            line.Color = palette.GetColor(i);
            line.LineWidth = 2;
            line.MarkerSize = 5;
            line.LegendText = pipelines[i];
        }

        plot.Title(corruption, 13);
        plot.XLabel("severity (0 = clean)");
        plot.YLabel("accuracy (%)");
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(Enumerable.Range(0, 6).Select(s => new Tick(s, s.ToString(CultureInfo.InvariantCulture), isMajor: true)).ToArray());
        plot.Axes.SetLimits(-0.2, 5.2, 0, 101);
        if (legend)
        {
            plot.ShowLegend(Alignment.LowerLeft);
            plot.Legend.FontSize = 9;
            plot.Legend.FontName = ChartFonts.For(string.Concat(pipelines));
        }
        else
        {
            plot.HideLegend();
        }

        return SvgCharts.Export(plot, 380, 300);
    }

    /// <summary>Accuracy against training images (log scale), one line per pipeline with its 95% interval as a band.</summary>
    /// <param name="curve">The learning curve.</param>
    public static string LearningCurve(LearningCurveReport curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        var plot = SvgCharts.NewPlot();
        var palette = new ScottPlot.Palettes.Category10();
        var pipelines = curve.Points.Select(p => p.Pipeline).Distinct(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < pipelines.Length; i++)
        {
            var points = curve.Points.Where(p => p.Pipeline == pipelines[i]).OrderBy(p => p.TrainCount).ToArray();
            var xs = points.Select(p => Math.Log10(Math.Max(1, p.TrainCount))).ToArray();
            var band = plot.Add.FillY(xs, points.Select(p => p.AccuracyInterval.Lower * 100).ToArray(), points.Select(p => p.AccuracyInterval.Upper * 100).ToArray());
            band.FillColor = palette.GetColor(i).WithAlpha(0.18);
            band.LineWidth = 0;
            var line = plot.Add.Scatter(xs, points.Select(p => p.Accuracy * 100).ToArray());
            line.Color = palette.GetColor(i);
            line.LineWidth = 2;
            line.MarkerSize = 6;
            line.LegendText = pipelines[i];
        }

        var counts = curve.Points.Select(p => p.TrainCount).Distinct().Order().ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(counts.Select(c => new Tick(Math.Log10(Math.Max(1, c)), c.ToString(CultureInfo.InvariantCulture), isMajor: true)).ToArray());
        plot.XLabel("training images (log scale)");
        plot.YLabel("test accuracy (%)");
        var low = curve.Points.Select(p => p.AccuracyInterval.Lower * 100).DefaultIfEmpty(0).Min();
        plot.Axes.SetLimitsY(Math.Max(0, low - 3), 101);
        plot.ShowLegend(Alignment.LowerRight);
        plot.Legend.FontSize = 10;
        plot.Legend.FontName = ChartFonts.For(string.Concat(pipelines));
        return SvgCharts.Export(plot, 640, 380);
    }
}
