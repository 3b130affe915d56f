namespace ClassicCv.Torch.Training;

/// <summary>The number of threads libtorch trains a network on.</summary>
internal static class TorchThreads
{
    /// <summary>One thread (see docs/deep.md for the measurements behind it).</summary>
    public static int Training => 1;
}
