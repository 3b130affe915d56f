namespace ClassicCv.Torch.Training;

/// <summary>The number of threads libtorch trains a network on.</summary>
internal static class TorchThreads
{
    /// <summary>
    /// Every core: on an otherwise idle 2-core machine the CNN trains 1.5× faster on two threads than on one, and
    /// fine-tuning is no slower (docs/deep.md, "Threads: 1 or 2", for the measurements and the cost under contention).
    /// </summary>
    public static int Training => Environment.ProcessorCount;
}
