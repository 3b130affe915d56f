using ClassicCv.Cli.Commands;
using ClassicCv.Cli.ExperimentFiles;
using ClassicCv.Cli.Sharding;
using ClassicCv.Errors;
using ClassicCv.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ClassicCv.Cli;

/// <summary>The <c>classiccv</c> command line: commands, and the translation of errors into exit codes.</summary>
internal static class CliApplication
{
    /// <summary>Exit code for a problem with the user's input.</summary>
    public const int UserErrorExitCode = 2;

    /// <summary>Exit code for an output that could not be written (e.g. a full disk); nothing half-written is left.</summary>
    public const int OutputErrorExitCode = 1;

    /// <summary>Exit code for a failure worth retrying (a shard that could not finish, parts missing or damaged).</summary>
    public const int RetryExitCode = 1;

    /// <summary>Exit code for an unexpected failure.</summary>
    public const int InternalErrorExitCode = 3;

    /// <summary>Runs the command line and returns the process exit code.</summary>
    /// <param name="args">Command-line arguments.</param>
    /// <param name="console">Where output goes.</param>
    /// <param name="error">Where error lines go (standard error).</param>
    public static int Run(string[] args, IAnsiConsole console, TextWriter error)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("classiccv");
            config.SetApplicationVersion(VersionInfo.Line());
            config.PropagateExceptions();
            config.UseStrictParsing();
            config.ConfigureConsole(console);
            config.Settings.Registrar.RegisterInstance<IAnsiConsole>(console);
            config.AddCommand<RunCommand>("run")
                .WithDescription("Train and measure every features × classifier pipeline on a dataset, and write the report.")
                .WithExample("run")
                .WithExample("run", "--dataset", "path/to/images", "--features", "hog[cell=8],raw", "--classifiers", "linear-svm,logistic-regression");
            config.AddCommand<InitCommand>("init")
                .WithDescription("Write a commented experiment file (every option of run with its default) for classiccv run --config.")
                .WithExample("init", "experiment.yaml");
            config.AddCommand<CompareCommand>("compare")
                .WithDescription("Build a cross-run leaderboard (compare.html + compare.csv) from existing report folders, without retraining.")
                .WithExample("compare", "reports/20260101-120000", "reports/20260102-090000");
            config.AddCommand<ExtractCommand>("extract")
                .WithDescription("Extract the features of both splits of a dataset into a Parquet file (one row per image).")
                .WithExample("extract", "--dataset", "path/to/images", "--features", "hog+color-hist", "--out", "features.parquet")
                .WithExample("extract", "--dataset", "path/to/images", "--features", "hog+color-hist", "--shard", "0/4", "--out", "parts/");
            config.AddCommand<FitFeaturesCommand>("fit-features")
                .WithDescription("Fit a feature pipeline's learnt state (a SIFT codebook) on the training split once, for the shards of extract --shard (--model DIR).")
                .WithExample("fit-features", "--dataset", "path/to/images", "--features", "sift-bovw[k=64]", "--out", "fitted/");
            config.AddBranch("shards", shards =>
            {
                shards.SetDescription("Work with the part files of a sharded extract or predict.");
                shards.AddCommand<ShardsVerifyCommand>("verify")
                    .WithDescription("Check that all N parts exist, read to the end and agree, then write DIR/_SUCCESS.")
                    .WithExample("shards", "verify", "parts/");
            });
            config.AddCommand<PredictCommand>("predict")
                .WithDescription("Predict the class of image files or folders with a pipeline saved by run --save-models.")
                .WithExample("predict", "--model", "reports/<run>/models/hog-linear-svm", "photo.png", "more-images/");
            config.AddCommand<ExplainCommand>("explain")
                .WithDescription("Show what a saved pipeline or network relies on: an occlusion map (CSV grid + PNG overlay) per image, and its predicted class.")
                .WithExample("explain", "--model", "reports/<run>/models/hog-linear-svm", "photo.png", "--out", "maps/");
            config.AddCommand<ServeCommand>("serve")
                .WithDescription("Serve saved pipelines and networks over HTTP (POST /v1/models/<name>/predict) until SIGTERM, which drains in-flight requests.")
                .WithExample("serve", "--model", "reports/<run>/models/hog-linear-svm,reports/<run>/models/cnn", "--port", "8080");
        });

        try
        {
            return app.Run(ConfigArguments.Expand(args));
        }
        catch (UserInputException exception)
        {
            return Fail(error, exception.Message, UserErrorExitCode);
        }
        catch (CommandAppException exception)
        {
            return Fail(error, exception.Message, UserErrorExitCode);
        }
        catch (OutputNotWrittenException exception)
        {
            return Fail(error, exception.Message, OutputErrorExitCode);
        }
        catch (RetryableFailureException exception)
        {
            return Fail(error, exception.Message, RetryExitCode, exception.InnerException);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return Fail(error, $"unexpected {exception.GetType().Name}: {exception.Message} (set CLASSICCV_TRACE=1 for the stack trace)", InternalErrorExitCode, exception);
        }
    }

    private static int Fail(TextWriter error, string message, int exitCode, Exception? exception = null)
    {
        error.WriteLine($"classiccv: error: {message}");
        if (exception is not null && Environment.GetEnvironmentVariable("CLASSICCV_TRACE") == "1")
        {
            error.WriteLine(exception);
        }

        return exitCode;
    }
}
