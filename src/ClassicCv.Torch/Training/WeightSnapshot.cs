using static TorchSharp.torch;

namespace ClassicCv.Torch.Training;

/// <summary>A copy of a module's weights and buffers (the best epoch's, for early stopping), restored into it at the end.</summary>
internal sealed class WeightSnapshot : IDisposable
{
    private Dictionary<string, Tensor>? _state;

    /// <summary>Replaces the kept copy with <paramref name="module"/>'s current state.</summary>
    public void Take(nn.Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        Dispose();
        _state = module.state_dict().ToDictionary(pair => pair.Key, pair => pair.Value.detach().clone());
    }

    /// <summary>Loads the kept copy into <paramref name="module"/> (nothing when none was taken).</summary>
    public void RestoreInto(nn.Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        if (_state is not null)
        {
            module.load_state_dict(_state);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var tensor in _state?.Values ?? Enumerable.Empty<Tensor>())
        {
            tensor.Dispose();
        }

        _state = null;
    }
}
