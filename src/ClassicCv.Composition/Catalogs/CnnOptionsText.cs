using System.Globalization;
using ClassicCv.Configuration;
using ClassicCv.Errors;
using ClassicCv.Torch.Cnn;
using ClassicCv.Torch.Training;

namespace ClassicCv.Catalogs;

/// <summary>Reads <c>cnn[...]</c> text into <see cref="CnnOptions"/>, with the messages the command line shows; the ranges are the options type's own.</summary>
internal static class CnnOptionsText
{
    private static readonly IReadOnlyList<string> ParameterNames = ["width", "padding", "dropout", "epochs", "batch", "lr", "schedule", "size", "channels", "validation", "patience", "augment", "temperature", "tta", "threads", ClassWeightParameter.Key];

    public static CnnOptions Parse(ComponentSpec spec)
    {
        var p = new ComponentParameters(spec, "deep model", ParameterNames);
        var d = new CnnOptions();
        var dropout = spec.Parameters.ContainsKey("dropout") ? p.Double("dropout", d.Dropout, -1e-12) : d.Dropout;
        var validation = spec.Parameters.ContainsKey("validation") ? p.Double("validation", d.Validation, -1e-12) : d.Validation;
        if (dropout >= 1 || validation > CnnOptions.MaxValidation)
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"The deep model '{spec.Text}' has dropout={dropout} and validation={validation}; expected dropout in [0, 1) and validation in [0, 0.5]."));
        }

        var channels = p.IntOrNull("channels", CnnOptions.ChannelsRange);
        if (channels == 2)
        {
            throw new UserInputException($"The deep model '{spec.Text}' has channels=2; expected 1 (grayscale) or 3 (colour).");
        }

        return new CnnOptions
        {
            Width = p.Int("width", d.Width, CnnOptions.WidthRange),
            Padding = p.Int("padding", d.Padding, CnnOptions.PaddingRange),
            Dropout = dropout,
            Epochs = p.Int("epochs", d.Epochs, CnnOptions.EpochsRange),
            BatchSize = p.Int("batch", d.BatchSize, CnnOptions.BatchRange),
            LearningRate = p.Double("lr", d.LearningRate, 0),
            Schedule = LearningRateSchedules.Parse(p.Choice("schedule", LearningRateSchedules.Name(d.Schedule), LearningRateSchedules.Names)),
            Size = p.Size("size"),
            Channels = channels,
            Validation = validation,
            Patience = p.Int("patience", d.Patience, CnnOptions.EpochsRange),
            Augment = NetworkAugmentationText.Parse(spec, d.Augment),
            Temperature = p.Bool("temperature", d.Temperature),
            ClassWeightSpec = ClassWeightParameter.Parse(spec, "deep model", null) is null ? null : spec,
            TestTimeFlip = p.Bool("tta", d.TestTimeFlip),
            Threads = p.IntOrNull("threads", CnnOptions.ThreadsRange),
        };
    }
}
