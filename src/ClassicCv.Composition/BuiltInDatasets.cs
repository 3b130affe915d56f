namespace ClassicCv;

/// <summary>Where the datasets shipped with ClassicCv live: <c>datasets/</c> beside the program.</summary>
public static class BuiltInDatasets
{
    /// <summary>The folder holding one subfolder per built-in dataset.</summary>
    public static string Root => Path.Combine(AppContext.BaseDirectory, "datasets");
}
