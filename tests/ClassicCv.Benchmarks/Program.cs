namespace ClassicCv.Benchmarks;

/// <summary>On-demand benchmarks (not part of the unit suite): <c>classifiers &lt;fashion-mnist-folder&gt; [options]</c>.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "classifiers")
        {
            return ClassifierBenchmark.Run(args[1..]);
        }

        Console.Error.WriteLine("usage: ClassicCv.Benchmarks classifiers <fashion-mnist-folder> [--only a,b] [--rbf-per-class N] [--seed S]");
        return 2;
    }
}
