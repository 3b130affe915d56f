using ClassicCv.Models;
using ClassicCv.OpenCv.Features;
using ClassicCv.Runs;

// HOG and raw pixels, each with a linear SVM and logistic regression, on the built-in digits dataset; the full
// report (index.html, metrics.csv, run.json, experiment.yaml, models/) goes under the folder given, or ./reports.
// Features are typed options with their defaults (new HogOptions { Cell = 4 } is hog[cell=4]) or catalog text ("hog").
var experiment = Experiment.On("digits")
    .Features(new HogSpec(), new RawPixelsSpec())
    .Classifiers("linear-svm", "logistic-regression")
    .NoNetworks()
    .Seed(7)
    .SaveModels()
    .Build();

var report = experiment.Run(new RunOptions { Out = args.Length > 0 ? args[0] : "reports" });
foreach (var pipeline in report.Summary.Pipelines.OrderByDescending(p => p.Metrics.Accuracy))
{
    Console.WriteLine($"{pipeline.Name,-26} accuracy {pipeline.Metrics.Accuracy:0.0000}, trained in {pipeline.TrainSeconds:0.0} s");
}

// Any saved contender loads again, ready for new images (as classiccv predict and serve do).
using var model = ModelStore.Load(Path.Combine(report.Folder, "models", "hog-linear-svm"));
Console.WriteLine($"Loaded hog/linear-svm: {model.ClassNames.Count} classes");
Console.WriteLine($"Report: {Path.Combine(report.Folder, "index.html")}");
