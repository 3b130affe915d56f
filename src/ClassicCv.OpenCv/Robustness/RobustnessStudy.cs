using ClassicCv.Datasets;
using ClassicCv.Evaluation;
using ClassicCv.Evaluation.Calibration;
using ClassicCv.Experiments;
using ClassicCv.Features;
using ClassicCv.OpenCv.Corruptions;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.OpenCv.Pipelines;
using ClassicCv.Splitting;
using ClassicCv.Studies.Robustness;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Robustness;

/// <summary>
/// Measures trained pipelines on corrupted copies of the test images, after training: the test images (or a seeded,
/// stratified subset) are decoded once, every corruption × severity is applied once with a per-image seed, the
/// features of every extractor are computed once per condition and shared by all classifiers on that extractor, and
/// networks classify the same corrupted pixels. Training images are never read.
/// </summary>
public sealed class RobustnessStudy
{
    private const int NetworkChunk = 256;
    private readonly IReadOnlyList<CorruptionRequest> _requests;
    private readonly int? _testCap;
    private readonly EvaluationOptions _evaluation;
    private readonly ImageStreamer _streamer;
    private readonly Action<string>? _progress;

    /// <summary>Creates the study.</summary>
    /// <param name="requests">Corruptions and severities, in report order.</param>
    /// <param name="testCap">Most test images corrupted (a seeded, stratified subset), or <c>null</c> for the whole test split.</param>
    /// <param name="evaluation">The run's seed (subset, corruption randomness, bootstrap) and bootstrap resamples.</param>
    /// <param name="streamer">Decodes the test images.</param>
    /// <param name="progress">Told what is being corrupted; <c>null</c> for silence.</param>
    public RobustnessStudy(IReadOnlyList<CorruptionRequest> requests, int? testCap, EvaluationOptions evaluation, ImageStreamer streamer, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(streamer);
        if (testCap is { } cap)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(cap, 1, nameof(testCap));
        }

        _requests = requests;
        _testCap = testCap;
        _evaluation = evaluation;
        _streamer = streamer;
        _progress = progress;
    }

    /// <summary>Runs the study on an experiment's trained classifiers.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="outcome">The experiment: its test images and every pipeline's clean predictions.</param>
    /// <param name="classifiers">The trained classifiers, in the order of <see cref="ExperimentOutcome.Results"/>.</param>
    public RobustnessReport Run(ImageDataset dataset, ExperimentOutcome outcome, IReadOnlyList<IImageClassifier> classifiers)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(classifiers);
        var labels = outcome.TestImages.Select(t => t.Label).ToArray();
        var positions = _testCap is { } cap ? StratifiedSample.Positions(labels, cap, _evaluation.Seed) : Enumerable.Range(0, labels.Length).ToArray();
        var items = positions.Select(p => outcome.TestImages[p].Item).ToArray();
        var truth = positions.Select(p => labels[p]).ToArray();
        var notes = new List<string>();
        var measured = new List<(int Result, IDecodedImageClassifier Classifier)>();
        for (var r = 0; r < outcome.Results.Count; r++)
        {
            var classifier = classifiers[r] is TemperatureScaledClassifier scaled ? scaled.Inner : classifiers[r];
            if (classifier is IDecodedImageClassifier decoded && outcome.Results[r].TestPredictions is not null)
            {
                measured.Add((r, decoded));
            }
            else
            {
                notes.Add($"{outcome.Results[r].Name}: not measured under corruption (it cannot classify decoded images, e.g. features read from shards)");
            }
        }

        var conditions = _requests.SelectMany(request => request.Severities.Select(severity => (request.Corruption, Severity: severity))).ToArray();
        var corrupted = measured.Select(_ => new List<IReadOnlyList<int>>()).ToArray();
        var groups = measured.Select((m, i) => (m, i)).GroupBy(x => (object?)(x.m.Classifier as FeaturePipelineClassifier)?.Extractor ?? x.m.Classifier).ToArray();
        var modes = measured.Select(m => m.Classifier.Mode).Distinct().ToArray();
        var decodedByMode = modes.ToDictionary(mode => mode, mode => DecodedImages.Read(_streamer, dataset, items, mode));
        try
        {
            foreach (var (mode, images) in decodedByMode)
            {
                if (images.Failed.Count > 0)
                {
                    var first = images.Failed.Values.First();
                    throw new Errors.UserInputException($"Image '{first.Path}' {first.Reason} when decoded again for --corruptions; expected the test images to stay readable during the run.");
                }
            }

            for (var k = 0; k < conditions.Length; k++)
            {
                var (corruption, severity) = conditions[k];
                _progress?.Invoke($"robustness: {corruption.Name} severity {severity} on {items.Length} test images ({k + 1}/{conditions.Length})");
                var sources = decodedByMode.ToDictionary(pair => pair.Key, pair => Corrupt(pair.Value, items, corruption, severity));
                try
                {
                    foreach (var group in groups)
                    {
                        var mats = sources[group.First().m.Classifier.Mode];
                        if (group.Key is IFeatureExtractor extractor)
                        {
                            var features = Extract(extractor, mats);
                            foreach (var (m, i) in group)
                            {
                                corrupted[i].Add(((FeaturePipelineClassifier)m.Classifier).Classify(features).Labels);
                            }
                        }
                        else
                        {
                            foreach (var (m, i) in group)
                            {
                                corrupted[i].Add(PredictInChunks(m.Classifier, mats));
                            }
                        }
                    }
                }
                finally
                {
                    foreach (var mat in sources.Values.SelectMany(m => m))
                    {
                        mat.Dispose();
                    }
                }
            }
        }
        finally
        {
            foreach (var images in decodedByMode.Values)
            {
                images.Dispose();
            }
        }

        var predictions = measured.Select((m, i) =>
        {
            var clean = outcome.Results[m.Result].TestPredictions!.Labels;
            return new CorruptedPredictions(outcome.Results[m.Result].Name, positions.Select(p => clean[p]).ToArray(), corrupted[i]);
        }).ToArray();
        return RobustnessStatistics.Compute(truth, items, conditions.Select(c => (c.Corruption.Name, c.Severity)).ToArray(), predictions, dataset.ClassNames.Count, _evaluation, notes);
    }

    /// <summary>Corrupted copies of the images of <paramref name="items"/>, in order, on all cores; the caller disposes them.</summary>
    private Mat[] Corrupt(DecodedImages images, int[] items, IImageCorruption corruption, int severity)
    {
        var corrupted = new Mat[items.Length];
        var seed = _evaluation.Seed;
        OnAllCores(() => Parallel.For(0, items.Length, new ParallelOptions { MaxDegreeOfParallelism = _streamer.DegreeOfParallelism }, i =>
            corrupted[i] = corruption.Apply(images[items[i]]!, severity, CorruptionSeed.For(seed, corruption.Name, severity, items[i]))));
        return corrupted;
    }

    /// <summary>Extracts as <see cref="FeatureExtraction.RunAsStore"/> does (a same-mode composition part by part), so clean images give the run's own features.</summary>
    private FeatureMatrix Extract(IFeatureExtractor extractor, Mat[] images)
    {
        if (extractor is CompositeExtractor composite && composite.Parts.All(part => part.Mode == composite.Mode))
        {
            return FeatureMatrix.ConcatenateColumns(composite.Parts.Select(part => Extract(part, images)).ToArray());
        }

        var matrix = new FeatureMatrix(images.Length, extractor.Length);
        OnAllCores(() => Parallel.For(0, images.Length, new ParallelOptions { MaxDegreeOfParallelism = _streamer.DegreeOfParallelism }, extractor.CreateWorker, (i, _, worker) =>
        {
            worker.Extract(images[i], matrix.Row(i));
            return worker;
        }, worker => worker.Dispose()));
        return matrix;
    }

    private static int[] PredictInChunks(IDecodedImageClassifier classifier, Mat[] images)
    {
        var labels = new List<int>(images.Length);
        for (var start = 0; start < images.Length; start += NetworkChunk)
        {
            labels.AddRange(classifier.Predict(images.Skip(start).Take(NetworkChunk).ToArray()).Labels);
        }

        return labels.ToArray();
    }

    /// <summary>Holds OpenCV's own thread pool at one thread while the work runs on all cores, as <see cref="ImageStreamer"/> does.</summary>
    private static void OnAllCores(Action work)
    {
        var threads = Cv2.GetNumThreads();
        Cv2.SetNumThreads(1);
        try
        {
            work();
        }
        finally
        {
            Cv2.SetNumThreads(threads);
        }
    }
}
