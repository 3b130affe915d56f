using ClassicCv.Configuration;
using ClassicCv.Errors;
using ClassicCv.Onnx.Deep;

namespace ClassicCv.Catalogs;

/// <summary>
/// Reads <c>onnx:PATH[key=value,...]</c> text: the model path and the inline values, which win over the model's JSON
/// file when <see cref="OnnxClassifierOptions.Load(string, IReadOnlyDictionary{string, string}?, string?)"/> resolves them.
/// </summary>
internal static class OnnxClassifierOptionsText
{
    public static OnnxClassifierOptions Parse(ComponentSpec spec)
    {
        var open = spec.Text.IndexOf('[', StringComparison.Ordinal);
        var path = (open < 0 ? spec.Text : spec.Text[..open])["onnx:".Length..].Trim();
        if (path.Length == 0 || !File.Exists(path))
        {
            throw new UserInputException($"The ONNX model '{path}' of '{spec.Text}' does not exist; expected onnx:PATH to an .onnx file.");
        }

        // Rejects unknown inline keys with a message listing the valid ones.
        _ = new ComponentParameters(spec, "deep model", OnnxClassifierOptions.ParameterNames);
        return OnnxClassifierOptions.Load(path, spec.Parameters, spec.Text);
    }
}
