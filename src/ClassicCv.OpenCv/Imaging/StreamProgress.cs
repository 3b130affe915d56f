namespace ClassicCv.OpenCv.Imaging;

/// <summary>How far an <see cref="ImageStreamer.ForEach{TWorker}"/> pass has got.</summary>
/// <param name="Done">Images handled so far (decoded or failed).</param>
/// <param name="Total">Images in the pass.</param>
public readonly record struct StreamProgress(int Done, int Total);
