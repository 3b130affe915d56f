namespace ClassicCv.Features;

/// <summary>A dense row-major matrix of single-precision features: one row per image.</summary>
public sealed class FeatureMatrix
{
    private readonly float[] _values;

    /// <summary>Creates a zero-filled matrix.</summary>
    /// <param name="rows">Number of rows (images), ≥ 0.</param>
    /// <param name="columns">Number of columns (feature dimensions), ≥ 1.</param>
    public FeatureMatrix(int rows, int columns)
        : this(rows, columns, new float[checked(rows * columns)])
    {
    }

    /// <summary>Wraps existing row-major values (not copied).</summary>
    /// <param name="rows">Number of rows, ≥ 0.</param>
    /// <param name="columns">Number of columns, ≥ 1.</param>
    /// <param name="values">rows × columns values, row after row.</param>
    public FeatureMatrix(int rows, int columns, float[] values)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != (long)rows * columns)
        {
            throw new ArgumentException($"Expected {rows}×{columns} = {(long)rows * columns} values, received {values.Length}.", nameof(values));
        }

        Rows = rows;
        Columns = columns;
        _values = values;
    }

    /// <summary>Number of rows (images).</summary>
    public int Rows { get; }

    /// <summary>Number of columns (feature dimensions).</summary>
    public int Columns { get; }

    /// <summary>All values, row after row.</summary>
    public Span<float> Values => _values;

    /// <summary>One row.</summary>
    /// <param name="row">Zero-based row index.</param>
    public Span<float> Row(int row) => _values.AsSpan(row * Columns, Columns);

    /// <summary>Throws when the matrix does not have <paramref name="expected"/> columns (a model given features of another length).</summary>
    /// <param name="expected">The column count the model was trained on.</param>
    /// <param name="paramName">The caller's parameter name, for the exception.</param>
    /// <exception cref="ArgumentException">Another column count.</exception>
    public void RequireColumns(int expected, string paramName)
    {
        if (Columns != expected)
        {
            throw new ArgumentException($"The model expects {expected} features, received {Columns}.", paramName);
        }
    }

    /// <summary>A new matrix holding the given rows, in the given order.</summary>
    /// <param name="rows">Row indices to copy.</param>
    public FeatureMatrix SelectRows(IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var result = new FeatureMatrix(rows.Count, Columns);
        for (var i = 0; i < rows.Count; i++)
        {
            Row(rows[i]).CopyTo(result.Row(i));
        }

        return result;
    }

    /// <summary>A new matrix with the columns of each part side by side (same row count).</summary>
    /// <param name="parts">Matrices with equal row counts.</param>
    public static FeatureMatrix ConcatenateColumns(IReadOnlyList<FeatureMatrix> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 1)
        {
            return parts[0];
        }

        var rows = parts[0].Rows;
        var result = new FeatureMatrix(rows, parts.Sum(part => part.Columns));
        for (var r = 0; r < rows; r++)
        {
            var offset = 0;
            foreach (var part in parts)
            {
                part.Row(r).CopyTo(result.Row(r)[offset..]);
                offset += part.Columns;
            }
        }

        return result;
    }
}
