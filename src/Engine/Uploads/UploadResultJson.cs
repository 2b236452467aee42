using System.Text.Encodings.Web;
using System.Text.Json;

namespace ComplianceFns.Engine.Uploads;

/// <summary>
/// <c>results/{name}.json</c>: camelCase, indented, Chinese left readable (not \u-escaped), every field present
/// (null when unknown) so consumers see one stable shape.
/// </summary>
public static class UploadResultJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Serialize(UploadResult result) => JsonSerializer.SerializeToUtf8Bytes(result, Options);

    public static UploadResult? Deserialize(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize<UploadResult>(json, Options);
}
