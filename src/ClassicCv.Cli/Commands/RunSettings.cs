using System.ComponentModel;
using Spectre.Console.Cli;

namespace ClassicCv.Cli.Commands;

/// <summary>Options of <c>classiccv run</c>.</summary>
internal sealed class RunSettings : CommandSettings
{
    [CommandOption("-d|--dataset <DATASET>")]
    [Description("A dataset folder (class subfolders, or train/ and test/), an IDX folder, a .csv/.tsv manifest, a grid-sheet dataset.json, or a built-in name.")]
    [DefaultValue("digits")]
    public string Dataset { get; init; } = "digits";

    [CommandOption("-f|--features <LIST>")]
    [Description("Comma-separated feature extractors, each optionally with [key=value,...] parameters: hog, raw.")]
    [DefaultValue("hog,raw")]
    public string Features { get; init; } = "hog,raw";

    [CommandOption("-c|--classifiers <LIST>")]
    [Description("Comma-separated classifiers, each optionally with [key=value,...]: linear-svm, logistic-regression.")]
    [DefaultValue("linear-svm,logistic-regression")]
    public string Classifiers { get; init; } = "linear-svm,logistic-regression";

    [CommandOption("--deep <LIST>")]
    [Description("Comma-separated end-to-end networks run by OpenCV DNN: cnn[width=32,padding=0,dropout=0.25,epochs=10,batch=64,lr=0.001,size=WxH,channels=1|3,validation=0.1,patience=3,augment=false] (trained with TorchSharp, written to <out>/models/ as ONNX), onnx:PATH[size=WxH,channels=1|3,order=rgb|bgr,scale=S,mean=M;M;M,std=S;S;S,labels=a;b;...,batch=N] (options may also come from PATH's .json file). Default none.")]
    [DefaultValue("")]
    public string Deep { get; init; } = "";

    [CommandOption("-s|--seed <SEED>")]
    [Description("Seed of every random step (split, learners); written into every report.")]
    [DefaultValue(42)]
    public int Seed { get; init; } = 42;

    [CommandOption("--test-fraction <FRACTION>")]
    [Description("Share of each class held out for testing when the dataset has no split of its own; strictly between 0 and 1.")]
    [DefaultValue(0.2)]
    public double TestFraction { get; init; } = 0.2;

    [CommandOption("-o|--out <FOLDER>")]
    [Description("Reports root: the run is written to <FOLDER>/<run-id>/.")]
    [DefaultValue("reports")]
    public string Out { get; init; } = "reports";

    [CommandOption("-q|--quiet")]
    [Description("Print only the results table and the report path.")]
    public bool Quiet { get; init; }
}
