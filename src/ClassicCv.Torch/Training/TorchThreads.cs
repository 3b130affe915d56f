namespace ClassicCv.Torch.Training;

/// <summary>The number of threads libtorch trains a network on.</summary>
internal static class TorchThreads
{
    /// <summary>
    /// Every core: on an otherwise idle 2-core machine two threads train the CNN 1.5× and ResNet-18 at 64 px 1.4× faster
    /// than one (docs/deep.md, "Threads: 1 or 2", for the measurements and the cost under contention).
    /// </summary>
    public static int Training => Environment.ProcessorCount;
}
