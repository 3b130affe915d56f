using System.Diagnostics;
using ClassicCv.Reports.Explaining;
using ClassicCv.Reports.Html;
using ClassicCv.Datasets;
using ClassicCv.Experiments;
using ClassicCv.Features.Transforms;
using ClassicCv.Learning;
using ClassicCv.Learning.Selection;
using ClassicCv.OpenCv.Explaining;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.OpenCv.Learners;
using ClassicCv.OpenCv.Pipelines;
using OpenCvSharp;

namespace ClassicCv.Explaining;

/// <summary>
/// Explains a finished run while its classifiers are still alive: occlusion maps of the first misclassified images of
/// every pipeline (as the gallery orders them), the classical-vs-deep disagreement gallery, HOG glyphs of class means
/// and random-forest importance on HOG. Every count is bounded by the map cap.
/// </summary>
internal sealed class RunExplainer
{
    private const int MaxClassMeanImages = 500;
    private readonly ImageDataset _dataset;
    private readonly int _cap;
    private readonly OcclusionExplainer _occlusion = new(new OcclusionOptions());

    /// <summary>Creates the explainer.</summary>
    /// <param name="dataset">The run's dataset.</param>
    /// <param name="cap">Maps per pipeline gallery and per side of the disagreement gallery (0: no occlusion maps).</param>
    public RunExplainer(ImageDataset dataset, int cap)
    {
        _dataset = dataset;
        _cap = cap;
    }

    /// <summary>What was explained (empty until <see cref="Explain"/> ran).</summary>
    public ReportExplanations Result { get; private set; } = ReportExplanations.Empty;

    /// <summary>Explains the run (the <see cref="ExperimentRunner.Finished"/> hook).</summary>
    /// <param name="outcome">The run's outcome.</param>
    /// <param name="classifiers">Each result's trained classifier.</param>
    public void Explain(ExperimentOutcome outcome, IReadOnlyList<IImageClassifier> classifiers)
    {
        var images = outcome.TestImages;
        var results = outcome.Results;
        var galleries = results.Select(r => GallerySelection.Misclassified(images, r, _cap)).ToArray();
        var classical = Best(results, deep: false);
        var deep = Best(results, deep: true);
        var disagreeing = classical is { } c && deep is { } d ? Disagreeing(images, results[c], results[d]) : [];
        var glyphs = classifiers.OfType<FeaturePipelineClassifier>().Where(p => p.Extractor is HogExtractor && p.Prepared is not null)
            .DistinctBy(p => p.Extractor.Name, StringComparer.Ordinal).ToArray();
        var wanted = galleries.SelectMany(g => g).Concat(disagreeing).Concat(glyphs.Length > 0 && images.Count > 0 ? [0] : []).Select(p => images[p].Item).ToArray();
        using var decoded = DecodedImages.Read(new ImageStreamer(), _dataset, wanted, ImageReadMode.Color);

        var maps = new Dictionary<string, IReadOnlyDictionary<int, byte[]>>(StringComparer.Ordinal);
        var costs = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var r = 0; r < results.Count; r++)
        {
            var clock = Stopwatch.StartNew();
            var pipelineMaps = new Dictionary<int, byte[]>();
            foreach (var position in galleries[r])
            {
                if (Map(classifiers[r], decoded, images[position]) is { } png)
                {
                    pipelineMaps[position] = png;
                }
            }

            maps[results[r].Name] = pipelineMaps;
            if (pipelineMaps.Count > 0)
            {
                costs[results[r].Name] = clock.Elapsed.TotalMilliseconds / pipelineMaps.Count;
            }
        }

        var disagreements = new List<Disagreement>();
        if (classical is { } ci && deep is { } di)
        {
            foreach (var position in disagreeing)
            {
                if (Map(classifiers[ci], decoded, images[position]) is { } left && Map(classifiers[di], decoded, images[position]) is { } right)
                {
                    disagreements.Add(new Disagreement(position, results[ci].TestPredictions!.Labels[position] == images[position].Label,
                        results[ci].TestPredictions!.Labels[position], results[di].TestPredictions!.Labels[position], left, right));
                }
            }
        }

        Result = new ReportExplanations
        {
            GalleryMaps = maps,
            MillisecondsPerMap = costs,
            Classical = classical is { } cn ? results[cn].Name : null,
            Deep = deep is { } dn ? results[dn].Name : null,
            Disagreements = disagreements,
            Glyphs = glyphs.Select(p => Glyphs(p, outcome, decoded)).ToArray(),
            ForestImportance = ForestImportance(results, classifiers),
        };
    }

    private byte[]? Map(IImageClassifier classifier, DecodedImages decoded, TestImage image)
    {
        if (decoded[image.Item] is not { } mat)
        {
            return null;
        }

        var map = _occlusion.Explain(classifier, mat, image.Id);
        return OcclusionOverlay.Render(mat, map, 96);
    }

    private static int? Best(IReadOnlyList<PipelineResult> results, bool deep)
    {
        int? best = null;
        for (var r = 0; r < results.Count; r++)
        {
            if (ContenderKind.IsDeep(results[r].Features) == deep && results[r].TestPredictions is not null && (best is null || results[r].Metrics.Accuracy > results[best.Value].Metrics.Accuracy))
            {
                best = r;
            }
        }

        return best;
    }

    private IReadOnlyList<int> Disagreeing(IReadOnlyList<TestImage> images, PipelineResult classical, PipelineResult deep)
    {
        bool Right(PipelineResult p, int i) => p.TestPredictions!.Labels[i] == images[i].Label;
        var all = Enumerable.Range(0, images.Count);
        return [.. GallerySelection.Spread(images, all.Where(i => Right(classical, i) && !Right(deep, i)), _cap),
            .. GallerySelection.Spread(images, all.Where(i => !Right(classical, i) && Right(deep, i)), _cap)];
    }

    private HogGlyphs Glyphs(FeaturePipelineClassifier pipeline, ExperimentOutcome outcome, DecodedImages decoded)
    {
        var extractor = (HogExtractor)pipeline.Extractor;
        var geometry = extractor.Geometry;
        var means = new List<byte[]>();
        for (var k = 0; k < _dataset.ClassNames.Count; k++)
        {
            var items = outcome.Split.Train.Where(i => _dataset.Items[i].Label == k).Take(MaxClassMeanImages).ToArray();
            var mean = new double[extractor.Length];
            if (items.Length > 0)
            {
                var rows = pipeline.Prepared!.Rows(items);
                for (var r = 0; r < rows.Rows; r++)
                {
                    var row = rows.Row(r);
                    for (var j = 0; j < mean.Length; j++)
                    {
                        mean[j] += row[j] / (double)rows.Rows;
                    }
                }
            }

            means.Add(HogGlyph.Render(geometry, mean));
        }

        var image = new double[extractor.Length];
        if (outcome.TestImages.Count > 0 && decoded[outcome.TestImages[0].Item] is { } colour)
        {
            using var gray = new Mat();
            Cv2.CvtColor(colour, gray, ColorConversionCodes.BGR2GRAY);
            using var worker = extractor.CreateWorker();
            var values = new float[extractor.Length];
            worker.Extract(gray, values);
            image = values.Select(v => (double)v).ToArray();
        }

        return new HogGlyphs(extractor.Name, means, 0, HogGlyph.Render(geometry, image));
    }

    private static Dictionary<string, byte[]> ForestImportance(IReadOnlyList<PipelineResult> results, IReadOnlyList<IImageClassifier> classifiers)
    {
        var pictures = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        for (var r = 0; r < results.Count; r++)
        {
            // Only transforms that keep each column where it is let an importance be folded back onto HOG cells.
            if (classifiers[r] is FeaturePipelineClassifier { Extractor: HogExtractor hog } pipeline
                && pipeline.Transforms.All(t => t is FittedStandardizer)
                && Unwrap(pipeline.Model) is RandomForestModel forest)
            {
                var cells = HogGlyph.CellWeights(hog.Geometry, forest.SplitImportance());
                pictures[results[r].Name] = HogGlyph.RenderCells(hog.Geometry, cells);
            }
        }

        return pictures;
    }

    private static IClassifierModel Unwrap(IClassifierModel model) => model switch
    {
        IWrappingModel wrapping => Unwrap(wrapping.Inner),
        SelectedModel selected => Unwrap(selected.Inner),
        _ => model,
    };
}
