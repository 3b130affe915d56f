using ClassicCv.OpenCv.Explaining;
using ClassicCv.OpenCv.Features;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Tests.Features;

public sealed class HogGeometryTests
{
    [Fact]
    public void Given_edges_only_in_the_top_right_corner_When_folding_the_descriptor_onto_cells_Then_the_strongest_cell_is_top_right()
    {
        var hog = (HogExtractor)HogExtractorTests.Fit(new HogSpec(new HogOptions { Cell = 4, Block = 2 }), 28, 28);
        var geometry = hog.Geometry;
        using var image = new Mat(28, 28, MatType.CV_8UC1, Scalar.Black);
        Cv2.Rectangle(image, new Rect(24, 0, 4, 8), Scalar.White, -1);
        var descriptor = new float[hog.Length];
        using (var worker = hog.CreateWorker())
        {
            worker.Extract(image, descriptor);
        }

        var cells = HogGlyph.CellWeights(geometry, descriptor.Select(v => (double)v).ToArray());
        var strongest = Array.IndexOf(cells, cells.Max());

        Assert.Equal(hog.Length, geometry.Length);
        Assert.Equal((7, 7), (geometry.CellsX, geometry.CellsY));
        Assert.True(strongest % 7 >= 5 && strongest / 7 <= 2, $"strongest cell at x={strongest % 7}, y={strongest / 7}");
        Assert.Equal(0, cells.Where((_, c) => c % 7 <= 3).Sum(), 6);
    }

    [Fact]
    public void Given_opencvs_layout_When_locating_values_Then_cells_run_down_each_block_and_blocks_down_each_column()
    {
        var geometry = new HogGeometry(28, 28, 0, 0, 28, 28, 4, 8, 4, 9, false);

        Assert.Equal((0, 0, 0), geometry.Locate(0));
        Assert.Equal((0, 1, 0), geometry.Locate(9));
        Assert.Equal((1, 0, 0), geometry.Locate(18));
        Assert.Equal((0, 1, 3), geometry.Locate((36 * 1) + 3));
        Assert.Equal((1, 0, 0), geometry.Locate(36 * 6));
    }
}
