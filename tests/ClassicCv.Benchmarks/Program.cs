namespace ClassicCv.Benchmarks;

/// <summary>
/// On-demand benchmarks (not part of the unit suite):
/// <c>classifiers &lt;fashion-mnist-folder&gt; [options]</c> (learners against scikit-learn's figures, see classifiers.sh), or
/// <c>calibration &lt;dataset&gt; [options]</c> (every calibration method on the same held-out scores, see calibration.sh), or
/// <c>parts-equal SINGLE.parquet DIR</c> (the parts of a sharded extract against one extract, row for row and bit for bit; see slurm-shards.sh), or
/// <c>leakage DATASET [IMAGES] [PLANTED]</c> (the leakage audit's cost and the measurement behind its thresholds), or
/// <c>serve-overload URL PNG RATE SECONDS CLASS</c> (open-loop overload of classiccv serve, see serve.sh), or
/// <c>DATASET FEATURE [FEATURE...]</c> (extraction throughput, see run-benchmarks.sh).
/// </summary>
internal static class Program
{
    private static int Main(string[] args) =>
        args.Length > 0 && args[0] == "classifiers" ? ClassifierBenchmark.Run(args[1..])
        : args.Length > 0 && args[0] == "calibration" ? CalibrationBenchmark.Run(args[1..])
        : args.Length == 3 && args[0] == "parts-equal" ? PartsEqual.Run(args[1], args[2])
        : args.Length > 1 && args[0] == "leakage" ? LeakageBenchmark.Run(args[1..])
        : args.Length > 0 && args[0] == "serve-overload" ? ServeOverload.Run(args[1..])
        : ExtractionBenchmark.Run(args);
}
