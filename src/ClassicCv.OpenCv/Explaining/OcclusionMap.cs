namespace ClassicCv.OpenCv.Explaining;

/// <summary>
/// What a classifier relied on for one image: for every patch position, how much the probability of the class it
/// predicts for the intact image drops when that patch is occluded (positive = the patch supported the prediction).
/// </summary>
/// <param name="PredictedClass">The class predicted for the intact image.</param>
/// <param name="Probability">Its probability for the intact image.</param>
/// <param name="Rows">Patch positions down the image.</param>
/// <param name="Columns">Patch positions across.</param>
/// <param name="Drops">Row-major drops (rows top to bottom), Rows × Columns.</param>
/// <param name="RowStarts">Top pixel of each row of patches.</param>
/// <param name="ColumnStarts">Left pixel of each column of patches.</param>
/// <param name="Patch">Patch side in pixels.</param>
/// <param name="Width">Image width in pixels.</param>
/// <param name="Height">Image height in pixels.</param>
public sealed record OcclusionMap(int PredictedClass, double Probability, int Rows, int Columns, double[] Drops, IReadOnlyList<int> RowStarts, IReadOnlyList<int> ColumnStarts, int Patch, int Width, int Height)
{
    /// <summary>The drop when the patch at (<paramref name="row"/>, <paramref name="column"/>) is occluded.</summary>
    /// <param name="row">Patch row.</param>
    /// <param name="column">Patch column.</param>
    public double this[int row, int column] => Drops[(row * Columns) + column];

    /// <summary>The patch position with the largest drop (first in row-major order on ties).</summary>
    public (int Row, int Column) Peak
    {
        get
        {
            var best = 0;
            for (var i = 1; i < Drops.Length; i++)
            {
                if (Drops[i] > Drops[best])
                {
                    best = i;
                }
            }

            return (best / Columns, best % Columns);
        }
    }

    /// <summary>Per pixel (row-major, Height × Width), the mean positive drop of the patches covering it.</summary>
    public float[] PixelHeat()
    {
        var sum = new double[Width * Height];
        var count = new int[Width * Height];
        for (var r = 0; r < Rows; r++)
        {
            for (var c = 0; c < Columns; c++)
            {
                var drop = Math.Max(0, this[r, c]);
                for (var y = RowStarts[r]; y < Math.Min(Height, RowStarts[r] + Patch); y++)
                {
                    for (var x = ColumnStarts[c]; x < Math.Min(Width, ColumnStarts[c] + Patch); x++)
                    {
                        sum[(y * Width) + x] += drop;
                        count[(y * Width) + x]++;
                    }
                }
            }
        }

        return sum.Select((s, i) => count[i] == 0 ? 0f : (float)(s / count[i])).ToArray();
    }
}
