using System.Globalization;
using ClassicCv.Configuration;
using ClassicCv.Errors;
using ClassicCv.Torch.FineTuning;
using ClassicCv.Torch.Training;

namespace ClassicCv.Catalogs;

/// <summary>Reads <c>resnet18-finetune[...]</c> text into <see cref="FineTuneOptions"/>, with the messages the command line shows; the ranges are the options type's own.</summary>
internal static class FineTuneOptionsText
{
    private static readonly IReadOnlyList<string> ParameterNames =
        ["size", "epochs", "batch", "lr", "backbone-lr", "schedule", "weight-decay", "freeze", "validation", "patience", "augment", "label-smoothing", "temperature", "tta", "threads", "models"];

    public static FineTuneOptions Parse(ComponentSpec spec)
    {
        var p = new ComponentParameters(spec, "deep model", ParameterNames);
        var d = new FineTuneOptions();
        var size = p.Int("size", d.Size, FineTuneOptions.SizeRange);
        if (size % 32 != 0)
        {
            throw new UserInputException($"The deep model '{spec.Text}' has size={size}; expected a multiple of 32 from 32 to 512 (ResNet-18 halves the side five times).");
        }

        var validation = spec.Parameters.ContainsKey("validation") ? p.Double("validation", d.Validation, -1e-12) : d.Validation;
        var smoothing = spec.Parameters.ContainsKey("label-smoothing") ? p.Double("label-smoothing", d.LabelSmoothing, -1e-12) : d.LabelSmoothing;
        var decay = spec.Parameters.ContainsKey("weight-decay") ? p.Double("weight-decay", d.WeightDecay, -1e-12) : d.WeightDecay;
        if (validation > FineTuneOptions.MaxValidation || smoothing >= 1)
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"The deep model '{spec.Text}' has validation={validation} and label-smoothing={smoothing}; expected validation in [0, 0.5] and label-smoothing in [0, 1)."));
        }

        var lr = p.Double("lr", d.LearningRate, 0);
        return new FineTuneOptions
        {
            Size = size,
            Epochs = p.Int("epochs", d.Epochs, FineTuneOptions.EpochsRange),
            BatchSize = p.Int("batch", d.BatchSize, FineTuneOptions.BatchRange),
            LearningRate = lr,
            BackboneLearningRate = spec.Parameters.ContainsKey("backbone-lr") ? p.Double("backbone-lr", lr / 10, -1e-12) : d.BackboneLearningRate,
            Schedule = LearningRateSchedules.Parse(p.Choice("schedule", LearningRateSchedules.Name(d.Schedule), LearningRateSchedules.Names)),
            WeightDecay = decay,
            FrozenThrough = FineTuneOptions.FreezeNames.ToList().IndexOf(p.Choice("freeze", FineTuneOptions.FreezeNames[d.FrozenThrough + 1], FineTuneOptions.FreezeNames)) - 1,
            Validation = validation,
            Patience = p.Int("patience", d.Patience, FineTuneOptions.EpochsRange),
            Augment = NetworkAugmentationText.Parse(spec, d.Augment),
            LabelSmoothing = smoothing,
            Temperature = p.Bool("temperature", d.Temperature),
            TestTimeFlip = p.Bool("tta", d.TestTimeFlip),
            Threads = p.IntOrNull("threads", FineTuneOptions.ThreadsRange),
            ModelsFolder = spec.Parameters.TryGetValue("models", out var folder) ? folder : d.ModelsFolder,
        };
    }
}
