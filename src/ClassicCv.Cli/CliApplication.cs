using ClassicCv.Cli.Commands;
using ClassicCv.Errors;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ClassicCv.Cli;

/// <summary>The <c>classiccv</c> command line: commands, and the translation of errors into exit codes.</summary>
internal static class CliApplication
{
    /// <summary>Exit code for a problem with the user's input.</summary>
    public const int UserErrorExitCode = 2;

    /// <summary>Exit code for an unexpected failure.</summary>
    public const int InternalErrorExitCode = 3;

    /// <summary>Runs the command line and returns the process exit code.</summary>
    /// <param name="args">Command-line arguments.</param>
    /// <param name="console">Where output goes.</param>
    public static int Run(string[] args, IAnsiConsole console)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("classiccv");
            config.PropagateExceptions();
            config.ConfigureConsole(console);
            config.Settings.Registrar.RegisterInstance<IAnsiConsole>(console);
            config.AddCommand<RunCommand>("run")
                .WithDescription("Train and measure every features × classifier pipeline on a dataset, and write the report.")
                .WithExample("run")
                .WithExample("run", "--dataset", "path/to/images", "--features", "hog[cell=8],raw", "--classifiers", "linear-svm,logistic-regression");
            config.AddCommand<PredictCommand>("predict")
                .WithDescription("Predict the class of image files or folders with a pipeline saved by run --save-models.")
                .WithExample("predict", "--model", "reports/<run>/models/hog-linear-svm", "photo.png", "more-images/");
        });

        try
        {
            return app.Run(args);
        }
        catch (UserInputException exception)
        {
            return Fail(exception.Message, UserErrorExitCode);
        }
        catch (CommandAppException exception)
        {
            return Fail(exception.Message, UserErrorExitCode);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return Fail($"unexpected {exception.GetType().Name}: {exception.Message} (set CLASSICCV_TRACE=1 for the stack trace)", InternalErrorExitCode, exception);
        }
    }

    private static int Fail(string message, int exitCode, Exception? exception = null)
    {
        Console.Error.WriteLine($"classiccv: error: {message}");
        if (exception is not null && Environment.GetEnvironmentVariable("CLASSICCV_TRACE") == "1")
        {
            Console.Error.WriteLine(exception);
        }

        return exitCode;
    }
}
