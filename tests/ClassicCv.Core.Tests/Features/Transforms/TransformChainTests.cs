using ClassicCv.Features;
using ClassicCv.Features.Transforms;

namespace ClassicCv.Core.Tests.Features.Transforms;

public sealed class TransformChainTests
{
    private static FeatureMatrix Random(int rows, int columns, int seed)
    {
        var random = new Random(seed);
        return new FeatureMatrix(rows, columns, Enumerable.Range(0, rows * columns).Select(i => (float)((random.NextDouble() * 10) + (i % columns))).ToArray());
    }

    [Fact]
    public void Given_standardize_then_pca_When_fitting_the_chain_Then_each_step_is_fitted_on_the_output_of_the_one_before()
    {
        var training = Random(60, 5, 3);
        var chain = new TransformChain([new Standardizer(), new Pca(2)]);

        var (fitted, transformed) = chain.FitTransform(training);

        // The same two steps fitted by hand, one after the other.
        var standardized = new Standardizer().Fit(training);
        var pca = new Pca(2).Fit(standardized.Apply(training));
        var expected = pca.Apply(standardized.Apply(training));
        Assert.Equal("standardize+pca[components=2]", chain.Name);
        Assert.Equal(5, fitted.InputColumns);
        Assert.Equal(2, fitted.OutputColumns);
        Assert.Equal(5, fitted.ColumnsBefore(1));
        Assert.Equal(expected.Values.ToArray(), transformed.Values.ToArray());
        Assert.Equal(expected.Values.ToArray(), fitted.Apply(training).Values.ToArray());
        Assert.Equal(((FittedPca)pca).Projection, ((FittedPca)fitted.Transforms[1]).Projection);
    }

    [Fact]
    public void Given_an_empty_chain_When_fitting_and_applying_Then_the_features_pass_unchanged()
    {
        var training = Random(4, 3, 1);

        var fitted = new TransformChain([]).Fit(training);

        Assert.Equal(3, fitted.OutputColumns);
        Assert.Equal(training.Values.ToArray(), fitted.Apply(training).Values.ToArray());
    }

    [Fact]
    public void Given_a_fitted_chain_When_written_as_entries_and_read_back_Then_it_transforms_exactly_the_same()
    {
        var training = Random(40, 6, 7);
        var fitted = new TransformChain([new Standardizer(), new L2Normalizer(), new Pca(3)]).Fit(training);
        var folder = Directory.CreateTempSubdirectory("classiccv-chain-").FullName;
        try
        {
            var entries = TransformFile.Write(fitted, folder);
            var read = TransformFile.ToChain(entries, 6, folder);

            Assert.Equal(["standardize", "l2", "pca"], entries.Select(e => e.Kind));
            Assert.All(entries, e => Assert.Null(e.Folder));
            Assert.Equal(fitted.Apply(training).Values.ToArray(), read.Apply(training).Values.ToArray());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
