using System.Net.Http.Headers;
using System.Text.Json;

namespace ClassicCv.Serving.Tests;

/// <summary>Request helpers.</summary>
internal static class Http
{
    public static Uri Predict(string model, string query = "") => new($"/v1/models/{model}/predict{query}", UriKind.Relative);

    public static ByteArrayContent Body(byte[] bytes, string? contentType)
    {
        var content = new ByteArrayContent(bytes);
        if (contentType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        return content;
    }

    public static MultipartFormDataContent Form(params (string Name, byte[] Bytes, string ContentType)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, bytes, type) in files)
        {
            form.Add(Body(bytes, type), "image", name);
        }

        return form;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
