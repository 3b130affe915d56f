using System.Collections.Concurrent;
using System.Text;

namespace ClassicCv.Serving;

/// <summary>A Prometheus histogram with labels (cumulative buckets, sum and count), in the text format. Thread-safe.</summary>
public sealed class HistogramFamily
{
    private readonly ConcurrentDictionary<string, Series> _series = new(StringComparer.Ordinal);
    private readonly string[] _labelNames;
    private readonly double[] _bounds;

    /// <summary>Creates a histogram.</summary>
    /// <param name="name">Metric name, e.g. <c>classiccv_http_request_duration_seconds</c>.</param>
    /// <param name="help">What it measures.</param>
    /// <param name="bounds">Upper bounds of the buckets, increasing (the <c>+Inf</c> bucket is added).</param>
    /// <param name="labelNames">Names of its labels, in order.</param>
    public HistogramFamily(string name, string help, IReadOnlyList<double> bounds, params string[] labelNames)
    {
        ArgumentNullException.ThrowIfNull(bounds);
        Name = name;
        Help = help;
        _bounds = [.. bounds];
        _labelNames = labelNames;
    }

    /// <summary>The metric name.</summary>
    public string Name { get; }

    /// <summary>The help text.</summary>
    public string Help { get; }

    /// <summary>Records one observation.</summary>
    /// <param name="value">e.g. seconds.</param>
    /// <param name="labels">One value per label name.</param>
    public void Observe(double value, params string[] labels)
    {
        var series = _series.GetOrAdd(MetricFamily.LabelText(_labelNames, labels), _ => new Series(_bounds.Length + 1));
        var bucket = Array.FindIndex(_bounds, bound => value <= bound);
        lock (series)
        {
            series.Counts[bucket < 0 ? _bounds.Length : bucket]++;
            series.Sum += value;
        }
    }

    /// <summary>Appends the histogram in the text format.</summary>
    /// <param name="text">Where to write.</param>
    public void WriteTo(StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text.Append("# HELP ").Append(Name).Append(' ').Append(Help).Append('\n');
        text.Append("# TYPE ").Append(Name).Append(" histogram\n");
        foreach (var (labels, series) in _series.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            long[] counts;
            double sum;
            lock (series)
            {
                counts = [.. series.Counts];
                sum = series.Sum;
            }

            var inner = labels.Length == 0 ? "" : labels[1..^1] + ",";
            long cumulative = 0;
            for (var b = 0; b < counts.Length; b++)
            {
                cumulative += counts[b];
                var le = b < _bounds.Length ? MetricFamily.Format(_bounds[b]) : "+Inf";
                text.Append(Name).Append("_bucket{").Append(inner).Append("le=\"").Append(le).Append("\"} ").Append(cumulative).Append('\n');
            }

            text.Append(Name).Append("_sum").Append(labels).Append(' ').Append(MetricFamily.Format(sum)).Append('\n');
            text.Append(Name).Append("_count").Append(labels).Append(' ').Append(cumulative).Append('\n');
        }
    }

    private sealed class Series(int buckets)
    {
        public long[] Counts { get; } = new long[buckets];

        public double Sum { get; set; }
    }
}
