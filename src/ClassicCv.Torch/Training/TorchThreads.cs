namespace ClassicCv.Torch.Training;

/// <summary>The number of threads libtorch trains a network on.</summary>
internal static class TorchThreads
{
    /// <summary>Every core the process may use.</summary>
    public static int Training => Environment.ProcessorCount;
}
