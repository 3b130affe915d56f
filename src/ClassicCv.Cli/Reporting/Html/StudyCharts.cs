using System.Globalization;
using ClassicCv.Studies.Robustness;
using ScottPlot;

namespace ClassicCv.Cli.Reporting.Html;

/// <summary>The charts of the studies: accuracy against corruption severity, drawn by ScottPlot as inline SVG.</summary>
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
}
