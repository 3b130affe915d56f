namespace ClassicCv.OpenCv.Features;

/// <summary>
/// The layout of an OpenCV HOG descriptor: the image is resized to <paramref name="Width"/> × <paramref name="Height"/>,
/// the window read at (<paramref name="WindowX"/>, <paramref name="WindowY"/>), and the descriptor lists blocks column by
/// column (x outer, y inner), in each block its cells column by column, in each cell its orientation bins.
/// </summary>
/// <param name="Width">Width the image is resized to.</param>
/// <param name="Height">Height the image is resized to.</param>
/// <param name="WindowX">Left of the window read.</param>
/// <param name="WindowY">Top of the window read.</param>
/// <param name="WindowWidth">Window width.</param>
/// <param name="WindowHeight">Window height.</param>
/// <param name="Cell">Cell side in pixels.</param>
/// <param name="Block">Block side in pixels.</param>
/// <param name="Stride">Block stride in pixels.</param>
/// <param name="Bins">Orientation bins per cell.</param>
/// <param name="Signed">True for 0–360° orientations, false for 0–180°.</param>
public sealed record HogGeometry(int Width, int Height, int WindowX, int WindowY, int WindowWidth, int WindowHeight, int Cell, int Block, int Stride, int Bins, bool Signed)
{
    /// <summary>Cells across the window.</summary>
    public int CellsX => WindowWidth / Cell;

    /// <summary>Cells down the window.</summary>
    public int CellsY => WindowHeight / Cell;

    /// <summary>Blocks across the window.</summary>
    public int BlocksX => ((WindowWidth - Block) / Stride) + 1;

    /// <summary>Blocks down the window.</summary>
    public int BlocksY => ((WindowHeight - Block) / Stride) + 1;

    /// <summary>Cells per block side.</summary>
    public int CellsPerBlock => Block / Cell;

    /// <summary>Descriptor length.</summary>
    public int Length => BlocksX * BlocksY * CellsPerBlock * CellsPerBlock * Bins;

    /// <summary>The window cell (column, row) and orientation bin that descriptor value <paramref name="index"/> describes.</summary>
    /// <param name="index">Index into the descriptor.</param>
    public (int CellX, int CellY, int Bin) Locate(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Length);
        var perBlock = CellsPerBlock * CellsPerBlock * Bins;
        var block = index / perBlock;
        var within = index % perBlock;
        var blockX = block / BlocksY;
        var blockY = block % BlocksY;
        var cell = within / Bins;
        var cellX = cell / CellsPerBlock;
        var cellY = cell % CellsPerBlock;
        return (((blockX * Stride) / Cell) + cellX, ((blockY * Stride) / Cell) + cellY, within % Bins);
    }

    /// <summary>
    /// Per-cell orientation histograms (row-major cells × bins) of a descriptor: each cell's values averaged over the
    /// blocks that contain it.
    /// </summary>
    /// <param name="descriptor">A descriptor (or any per-value weights, e.g. importances) of <see cref="Length"/> values.</param>
    public double[] CellHistograms(IReadOnlyList<double> descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (descriptor.Count != Length)
        {
            throw new ArgumentException($"Received {descriptor.Count} values; this HOG geometry has {Length}.", nameof(descriptor));
        }

        var sums = new double[CellsX * CellsY * Bins];
        var counts = new int[CellsX * CellsY * Bins];
        for (var i = 0; i < descriptor.Count; i++)
        {
            var (x, y, bin) = Locate(i);
            var slot = (((y * CellsX) + x) * Bins) + bin;
            sums[slot] += descriptor[i];
            counts[slot]++;
        }

        return sums.Select((s, i) => counts[i] == 0 ? 0 : s / counts[i]).ToArray();
    }
}
