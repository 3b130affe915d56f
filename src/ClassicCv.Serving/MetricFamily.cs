using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace ClassicCv.Serving;

/// <summary>
/// A Prometheus counter or gauge with labels, written in the text exposition format (version 0.0.4). Thread-safe.
/// </summary>
public sealed class MetricFamily
{
    private readonly ConcurrentDictionary<string, double[]> _values = new(StringComparer.Ordinal);
    private readonly string[] _labelNames;

    /// <summary>Creates a family.</summary>
    /// <param name="name">Metric name, e.g. <c>classiccv_http_requests_total</c>.</param>
    /// <param name="help">What it counts.</param>
    /// <param name="type"><c>counter</c> or <c>gauge</c>.</param>
    /// <param name="labelNames">Names of its labels, in order.</param>
    public MetricFamily(string name, string help, string type, params string[] labelNames)
    {
        Name = name;
        Help = help;
        Type = type;
        _labelNames = labelNames;
    }

    /// <summary>The metric name.</summary>
    public string Name { get; }

    /// <summary>The help text.</summary>
    public string Help { get; }

    /// <summary><c>counter</c> or <c>gauge</c>.</summary>
    public string Type { get; }

    /// <summary>Adds <paramref name="amount"/> to the series with these label values.</summary>
    /// <param name="amount">What to add (negative only for gauges).</param>
    /// <param name="labels">One value per label name.</param>
    public void Add(double amount, params string[] labels)
    {
        var cell = Cell(labels);
        double seen, next;
        do
        {
            seen = Volatile.Read(ref cell[0]);
            next = seen + amount;
        }
        while (Interlocked.CompareExchange(ref cell[0], next, seen) != seen);
    }

    /// <summary>Sets the series with these label values (gauges).</summary>
    /// <param name="value">The new value.</param>
    /// <param name="labels">One value per label name.</param>
    public void Set(double value, params string[] labels) => Volatile.Write(ref Cell(labels)[0], value);

    /// <summary>The current value of a series (0 when it was never touched).</summary>
    /// <param name="labels">One value per label name.</param>
    public double Value(params string[] labels) => _values.TryGetValue(LabelText(_labelNames, labels), out var cell) ? Volatile.Read(ref cell[0]) : 0;

    /// <summary>Appends the family in the text format.</summary>
    /// <param name="text">Where to write.</param>
    public void WriteTo(StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text.Append("# HELP ").Append(Name).Append(' ').Append(Help).Append('\n');
        text.Append("# TYPE ").Append(Name).Append(' ').Append(Type).Append('\n');
        foreach (var (labels, cell) in _values.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            text.Append(Name).Append(labels).Append(' ').Append(Format(Volatile.Read(ref cell[0]))).Append('\n');
        }
    }

    /// <summary><c>{a="x",b="y"}</c>, with values escaped as the format requires; empty without labels.</summary>
    /// <param name="names">Label names.</param>
    /// <param name="values">One value per name.</param>
    public static string LabelText(IReadOnlyList<string> names, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != names.Count)
        {
            throw new ArgumentException($"Got {values.Count} label values; expected {names.Count} ({string.Join(", ", names)}).", nameof(values));
        }

        if (names.Count == 0)
        {
            return "";
        }

        var text = new StringBuilder("{");
        for (var i = 0; i < names.Count; i++)
        {
            var escaped = values[i].Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
            text.Append(i == 0 ? "" : ",").Append(names[i]).Append("=\"").Append(escaped).Append('"');
        }

        return text.Append('}').ToString();
    }

    /// <summary>A number as the text format writes it.</summary>
    /// <param name="value">The value.</param>
    public static string Format(double value) =>
        double.IsPositiveInfinity(value) ? "+Inf" : double.IsNegativeInfinity(value) ? "-Inf" : value.ToString("R", CultureInfo.InvariantCulture);

    private double[] Cell(string[] labels) => _values.GetOrAdd(LabelText(_labelNames, labels), _ => new double[1]);
}
