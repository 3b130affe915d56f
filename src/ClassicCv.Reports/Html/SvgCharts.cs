using System.Globalization;
using System.Text.RegularExpressions;
using ClassicCv.Evaluation;
using ClassicCv.Experiments;
using ScottPlot;

namespace ClassicCv.Reports.Html;

/// <summary>The report's charts, drawn by ScottPlot and exported as SVG to be inlined in the page.</summary>
internal static partial class SvgCharts
{
    private static int _chartCounter;

    /// <summary>Accuracy against total compute seconds (extraction + training + prediction), Pareto front joined by a line.</summary>
    /// <param name="pipelines">The pipelines.</param>
    public static string AccuracyVersusCost(IReadOnlyList<PipelineResult> pipelines)
    {
        ArgumentNullException.ThrowIfNull(pipelines);
        var plot = NewPlot();
        var costs = pipelines.Select(Cost).ToArray();
        var accuracies = pipelines.Select(p => p.Metrics.Accuracy * 100).ToArray();
        var front = ParetoFront.Indices(costs, accuracies);
        var xLimit = (costs.DefaultIfEmpty(1).Max() * 1.35) + 0.01;
        if (front.Count > 1)
        {
            var line = plot.Add.Scatter(front.Select(i => costs[i]).ToArray(), front.Select(i => accuracies[i]).ToArray());
            line.MarkerSize = 0;
            line.LineWidth = 2;
            line.Color = Colors.Orange;
            line.LegendText = "Pareto front";
        }

        for (var i = 0; i < pipelines.Count; i++)
        {
            var onFront = front.Contains(i);
            var marker = plot.Add.Marker(costs[i], accuracies[i], MarkerShape.FilledCircle, onFront ? 11 : 8, onFront ? Colors.OrangeRed : Colors.SteelBlue);
            var firstOfKind = Enumerable.Range(0, i).All(j => front.Contains(j) != onFront);
            marker.LegendText = firstOfKind ? (onFront ? "Pareto-optimal" : "dominated") : "";
            var label = plot.Add.Text(pipelines[i].Name, costs[i], accuracies[i]);
            label.LabelFontSize = 12;
            label.LabelFontName = ChartFonts.For(pipelines[i].Name);
            var rightHalf = costs[i] > xLimit / 2;
            label.LabelAlignment = rightHalf ? Alignment.MiddleRight : Alignment.MiddleLeft;
            label.LabelOffsetX = rightHalf ? -8 : 8;
            label.LabelOffsetY = i % 2 == 0 ? -6 : 10;
            label.LabelFontColor = Colors.Black.WithAlpha(0.8);
        }

        plot.XLabel("compute seconds (extract + train + predict)");
        plot.YLabel("test accuracy (%)");
        var yMin = accuracies.DefaultIfEmpty(0).Min();
        var yMax = accuracies.DefaultIfEmpty(100).Max();
        plot.Axes.SetLimits(0, xLimit, Math.Max(0, yMin - 2), Math.Min(100.5, yMax + 1));
        plot.ShowLegend(Alignment.LowerRight);
        return Export(plot, 760, 420);
    }

    /// <summary>Horizontal bars of each class's F1, one bar per class (the chart grows with the class count).</summary>
    /// <param name="pipeline">The pipeline.</param>
    public static string ClassF1Bars(PipelineResult pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var plot = NewPlot();
        var perClass = pipeline.Metrics.PerClass;
        var bars = perClass.Select((m, i) => new Bar
        {
            Position = perClass.Count - 1 - i,
            Value = m.F1,
            Label = m.F1.ToString("0.000", CultureInfo.InvariantCulture),
            FillColor = m.Support == 0 ? Colors.LightGray : Colors.SteelBlue.MixedWith(Colors.OrangeRed, (float)(1 - m.F1)),
            LineWidth = 0,
            Size = 0.8,
        }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        barPlot.ValueLabelStyle.FontSize = perClass.Count > 40 ? 8 : 11;
        var ticks = perClass.Select((m, i) => new Tick(perClass.Count - 1 - i, Shorten(m.Name), isMajor: true)).ToArray();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.TickLabelStyle.FontSize = perClass.Count > 40 ? 9 : 12;
        plot.Axes.Left.TickLabelStyle.FontName = ChartFonts.For(string.Concat(perClass.Select(m => Shorten(m.Name))));
        plot.XLabel("F1 (grey: absent from the test split)");
        plot.Axes.SetLimits(0, 1.12, -0.6, perClass.Count - 0.4);
        var height = Math.Clamp(60 + (perClass.Count * (perClass.Count > 40 ? 11 : 20)), 180, 1400);
        return Export(plot, 520, height);
    }

    private static double Cost(PipelineResult p) => p.ExtractSeconds + p.TrainSeconds + p.PredictSeconds;

    private static string Shorten(string name) => name.Length <= 28 ? name : name[..27] + "…";

    internal static Plot NewPlot()
    {
        // Plot.Font.Set would re-apply one font to every label at render time; setting ScottPlot's default leaves
        // room for the per-label fonts ChartFonts picks for non-Latin names.
        Fonts.Default = ChartFonts.Default;
        return new Plot();
    }

    /// <summary>The plot as SVG without the XML declaration, its ids made unique within the page.</summary>
    internal static string Export(Plot plot, int width, int height)
    {
        // ScottPlot formats tick labels with the current culture at render time; the page is invariant everywhere.
        var culture = CultureInfo.CurrentCulture;
        string svg;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            svg = plot.GetSvgXml(width, height);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        var prefix = string.Create(CultureInfo.InvariantCulture, $"chart{Interlocked.Increment(ref _chartCounter)}_");
        svg = XmlDeclaration().Replace(svg, "");
        svg = IdAttribute().Replace(svg, m => $"id=\"{prefix}{m.Groups[1].Value}\"");
        svg = UrlReference().Replace(svg, m => $"url(#{prefix}{m.Groups[1].Value})");
        svg = svg.Replace("<svg ", $"<svg role=\"img\" viewBox=\"0 0 {width} {height}\" class=\"chart\" ", StringComparison.Ordinal);
        return svg.Trim();
    }

    [GeneratedRegex(@"<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();
}
