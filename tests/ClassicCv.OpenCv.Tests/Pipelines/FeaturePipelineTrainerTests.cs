using ClassicCv.Datasets.Readers;
using ClassicCv.Features;
using ClassicCv.Features.Transforms;
using ClassicCv.Learning;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.OpenCv.Pipelines;
using ClassicCv.Splitting;
using ClassicCv.TestSupport;

namespace ClassicCv.OpenCv.Tests.Pipelines;

public sealed class FeaturePipelineTrainerTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>A nearest-class-mean learner: enough to show the pipeline wires features, transforms and labels right.</summary>
    private sealed class NearestMeanLearner : ILearner
    {
        public string Name => "nearest-mean";

        public IReadOnlyDictionary<string, string> Hyperparameters => new Dictionary<string, string>();

        public int LearnCalls { get; private set; }

        public IClassifierModel Learn(FeatureMatrix features, IReadOnlyList<int> labels, int classCount)
        {
            LearnCalls++;
            var means = new float[classCount][];
            for (var k = 0; k < classCount; k++)
            {
                var rows = Enumerable.Range(0, labels.Count).Where(i => labels[i] == k).ToArray();
                means[k] = Enumerable.Range(0, features.Columns).Select(c => rows.Average(r => features.Row(r)[c])).ToArray();
            }

            return new Model(means);
        }

        private sealed class Model(float[][] means) : IClassifierModel
        {
            public int ClassCount => means.Length;

            public Predictions Predict(FeatureMatrix features) => new(
                Enumerable.Range(0, features.Rows).Select(r =>
                {
                    var row = features.Row(r).ToArray();
                    return Enumerable.Range(0, means.Length).MinBy(k => means[k].Zip(row, (m, v) => (m - v) * (m - v)).Sum());
                }).ToArray(),
                null,
                false);

            public void Dispose()
            {
            }
        }
    }

    [Fact]
    public void Given_two_classifiers_on_the_same_features_When_running_Then_features_are_extracted_once_and_images_classified()
    {
        SyntheticImages.WriteFolder(_temp.Path, ["flat", "steep"], perClass: 12, size: 24);
        var dataset = new ImageFolderReader().Read(_temp.Path);
        var split = new StratifiedHoldOut(0.25, 42).Split(dataset.Labels());
        var streamer = new ImageStreamer(2);
        var store = new FeatureStore(streamer, 42);
        var hog = new HogSpec();
        var first = new FeaturePipelineTrainer(hog, [new Standardizer()], new NearestMeanLearner(), store, streamer);
        var second = new FeaturePipelineTrainer(hog, [new Standardizer()], new NearestMeanLearner(), store, streamer);

        var preparedFirst = first.Prepare(dataset, split);
        var preparedSecond = second.Prepare(dataset, split);
        using var trained = preparedFirst.Train(split.Train);
        var predictions = trained.Classifier.Predict(dataset, split.Test);

        Assert.Equal(900, preparedFirst.Preparation.FeatureLength);
        Assert.Same(store.Get(hog, dataset, split), store.Get(hog, dataset, split));
        Assert.Equal(preparedFirst.Preparation.ExtractSeconds, preparedSecond.Preparation.ExtractSeconds);
        Assert.Equal(split.Test.Select(i => dataset.Items[i].Label), predictions.Labels);
    }

    [Fact]
    public void Given_a_prepared_pipeline_When_trained_twice_Then_the_trainer_is_unchanged_and_each_trained_contender_holds_what_training_resolved()
    {
        SyntheticImages.WriteFolder(_temp.Path, ["flat", "steep"], perClass: 8, size: 24);
        var dataset = new ImageFolderReader().Read(_temp.Path);
        var split = new StratifiedHoldOut(0.25, 42).Split(dataset.Labels());
        var streamer = new ImageStreamer(2);
        var learner = new NearestMeanLearner();
        var trainer = new FeaturePipelineTrainer(new HogSpec(), [new Standardizer()], learner, new FeatureStore(streamer, 42), streamer);
        var before = trainer.Settings.ToArray();

        var prepared = trainer.Prepare(dataset, split);
        using var first = prepared.Train(split.Train);
        using var second = prepared.Train(split.Train);

        Assert.Equal(before, trainer.Settings.ToArray());
        Assert.False(trainer.Settings.ContainsKey("feature_settings"));
        Assert.Equal(before, first.Settings.Take(before.Length).ToArray());
        Assert.StartsWith("hog:", first.Settings["feature_settings"], StringComparison.Ordinal);
        Assert.Equal(first.Settings, second.Settings);
        Assert.NotSame(first.Classifier, second.Classifier);
        Assert.Equal(2, learner.LearnCalls);
        Assert.Equal(first.Classifier.Predict(dataset, split.Test).Labels, second.Classifier.Predict(dataset, split.Test).Labels);
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, string>)first.Settings)["feature_settings"] = "changed");
    }

    [Fact]
    public void Given_flip_augmentation_When_training_Then_the_learner_sees_each_training_image_and_its_mirror_and_no_test_image_is_mirrored()
    {
        SyntheticImages.WriteFolder(_temp.Path, ["flat", "steep"], perClass: 8, size: 24);
        var dataset = new ImageFolderReader().Read(_temp.Path);
        var split = new StratifiedHoldOut(0.25, 42).Split(dataset.Labels());
        var streamer = new ImageStreamer(2);
        var store = new FeatureStore(streamer, 42);
        var raw = new RawPixelsSpec(new RawPixelsOptions { Size = (24, 24) });
        var learner = new RecordingLearner();
        var trainer = new FeaturePipelineTrainer(raw, [], learner, store, streamer, mirroredTraining: true);

        using var classifier = trainer.Prepare(dataset, split).Train(split.Train).Classifier;

        var train = split.Train.Count;
        Assert.Equal(2 * train, learner.Features!.Rows);
        Assert.Equal([.. split.Train.Select(i => dataset.Items[i].Label), .. split.Train.Select(i => dataset.Items[i].Label)], learner.Labels);
        for (var i = 0; i < train; i++)
        {
            var plain = learner.Features.Row(i).ToArray();
            var mirror = learner.Features.Row(train + i).ToArray();
            Assert.Equal(plain.Chunk(24).SelectMany(row => row.Reverse()), mirror);
        }

        Assert.False(store.Mirrored(raw, dataset, split).Covers(split.Test.Take(1)));
        Assert.Equal("flip", trainer.Settings["augment"]);
    }

    [Fact]
    public void Given_test_time_flips_When_predicting_Then_each_score_is_the_mean_of_the_images_and_its_mirrors()
    {
        SyntheticImages.WriteFolder(_temp.Path, ["flat", "steep"], perClass: 6, size: 24);
        var dataset = new ImageFolderReader().Read(_temp.Path);
        var split = new StratifiedHoldOut(0.25, 42).Split(dataset.Labels());
        var streamer = new ImageStreamer(2);
        var store = new FeatureStore(streamer, 42);
        var raw = new RawPixelsSpec(new RawPixelsOptions { Size = (24, 24) });
        var trainer = new MirrorAveragedPipelineTrainer(new FeaturePipelineTrainer(raw, [], new PixelScoresLearner(), store, streamer), streamer);

        using var classifier = trainer.Prepare(dataset, split).Train(split.Train).Classifier;
        var predictions = classifier.Predict(dataset, split.Test);

        // Class c scores pixel c of the first row; the mirror's pixel c is the image's pixel 23 − c.
        var rows = store.Get(raw, dataset, split).Rows(split.Test);
        var expected = Enumerable.Range(0, rows.Rows).SelectMany(r => new[] { (rows.Row(r)[0] + rows.Row(r)[23]) / 2, (rows.Row(r)[1] + rows.Row(r)[22]) / 2 });
        Assert.Equal(expected, predictions.Scores!, (a, b) => Math.Abs(a - b) < 1e-6);
        Assert.Equal("recording-scores+tta", trainer.ClassifierName);
    }

    [Fact]
    public void Given_test_time_flips_When_predicting_decoded_images_or_readable_files_Then_the_scores_equal_the_dataset_predictions()
    {
        SyntheticImages.WriteFolder(_temp.Path, ["flat", "steep"], perClass: 6, size: 24);
        var dataset = new ImageFolderReader().Read(_temp.Path);
        var split = new StratifiedHoldOut(0.25, 42).Split(dataset.Labels());
        var streamer = new ImageStreamer(2);
        var raw = new RawPixelsSpec(new RawPixelsOptions { Size = (24, 24) });
        var trainer = new MirrorAveragedPipelineTrainer(new FeaturePipelineTrainer(raw, [], new PixelScoresLearner(), new FeatureStore(streamer, 42), streamer), streamer);
        using var classifier = (MirrorAveragedPipelineClassifier)trainer.Prepare(dataset, split).Train(split.Train).Classifier;
        var expected = classifier.Predict(dataset, split.Test).Scores!;

        using var decoder = new ImageDecoder();
        var images = split.Test.Select(i => decoder.TryDecode(dataset.Items[i].Location, classifier.Mode, null, out _)!).ToArray();
        try
        {
            Assert.Equal(expected, classifier.Predict(images).Scores!);
        }
        finally
        {
            foreach (var image in images)
            {
                image.Dispose();
            }
        }

        var readable = classifier.PredictReadable(dataset, split.Test);
        Assert.Equal(split.Test, readable.Items);
        Assert.Equal(expected, readable.Predictions.Scores!);
        Assert.NotEqual(classifier.Inner.Predict(dataset, split.Test).Scores!, expected);
    }

    [Fact]
    public void Given_a_pipeline_and_its_tta_row_When_both_train_on_the_same_items_Then_the_model_is_learnt_once_and_released_after_both()
    {
        SyntheticImages.WriteFolder(_temp.Path, ["flat", "steep"], perClass: 6, size: 24);
        var dataset = new ImageFolderReader().Read(_temp.Path);
        var split = new StratifiedHoldOut(0.25, 42).Split(dataset.Labels());
        var streamer = new ImageStreamer(2);
        var learner = new PixelScoresLearner();
        var plain = new FeaturePipelineTrainer(new RawPixelsSpec(new RawPixelsOptions { Size = (24, 24) }), [], learner, new FeatureStore(streamer, 42), streamer);
        var flipped = new MirrorAveragedPipelineTrainer(plain, streamer);
        var (plainPrepared, flippedPrepared) = (plain.Prepare(dataset, split), flipped.Prepare(dataset, split));

        var plainRow = plainPrepared.Train(split.Train).Classifier;
        var flippedRow = flippedPrepared.Train(split.Train).Classifier;
        Assert.Equal(1, learner.LearnCalls);
        plainRow.Dispose();
        Assert.Equal(0, learner.Disposals);
        Assert.NotNull(flippedRow.Predict(dataset, split.Test).Scores);
        flippedRow.Dispose();
        Assert.Equal(1, learner.Disposals);

        // A pipeline already released is not handed out: the row trains its own.
        using var own = flippedPrepared.Train(split.Train).Classifier;
        Assert.Equal(2, learner.LearnCalls);
        Assert.NotNull(own.Predict(dataset, split.Test).Scores);
    }

    /// <summary>Scores class c with column c of the features.</summary>
    /// <summary>Counts the models it learnt and how often they were disposed.</summary>
    private sealed class PixelScoresLearner : ILearner
    {
        public string Name => "recording-scores";

        public IReadOnlyDictionary<string, string> Hyperparameters => new Dictionary<string, string>();

        public int LearnCalls { get; private set; }

        public int Disposals { get; private set; }

        public IClassifierModel Learn(FeatureMatrix features, IReadOnlyList<int> labels, int classCount)
        {
            LearnCalls++;
            return new Model(classCount, this);
        }

        private sealed class Model(int classes, PixelScoresLearner learner) : IClassifierModel
        {
            public int ClassCount => classes;

            public Predictions Predict(FeatureMatrix features)
            {
                var scores = Enumerable.Range(0, features.Rows).SelectMany(r => features.Row(r)[..classes].ToArray()).ToArray();
                return new Predictions(new int[features.Rows], scores, false);
            }

            public void Dispose() => learner.Disposals++;
        }
    }

    /// <summary>Keeps what it was asked to learn from.</summary>
    private sealed class RecordingLearner : ILearner
    {
        public string Name => "recording";

        public IReadOnlyDictionary<string, string> Hyperparameters => new Dictionary<string, string>();

        public FeatureMatrix? Features { get; private set; }

        public IReadOnlyList<int> Labels { get; private set; } = [];

        public IClassifierModel Learn(FeatureMatrix features, IReadOnlyList<int> labels, int classCount)
        {
            (Features, Labels) = (features, labels);
            return new NearestMeanLearner().Learn(features, labels, classCount);
        }
    }

    [Fact]
    public void Given_images_outside_the_run_When_predicting_Then_their_features_are_extracted_on_the_fly()
    {
        SyntheticImages.WriteFolder(_temp.Folder("train"), ["flat", "steep"], perClass: 10, size: 24, seed: 1);
        SyntheticImages.WriteFolder(_temp.Folder("other"), ["flat", "steep"], perClass: 4, size: 24, seed: 9);
        var dataset = new ImageFolderReader().Read(Path.Combine(_temp.Path, "train"));
        var other = new ImageFolderReader().Read(Path.Combine(_temp.Path, "other"));
        var split = new StratifiedHoldOut(0.2, 1).Split(dataset.Labels());
        var streamer = new ImageStreamer(2);
        var trainer = new FeaturePipelineTrainer(new HogSpec(), [new Standardizer()], new NearestMeanLearner(), new FeatureStore(streamer, 1), streamer);

        using var classifier = trainer.Prepare(dataset, split).Train(split.Train).Classifier;
        var predictions = classifier.Predict(other, Enumerable.Range(0, other.Items.Count).ToArray());

        Assert.Equal(other.Labels(), predictions.Labels);
    }
}
