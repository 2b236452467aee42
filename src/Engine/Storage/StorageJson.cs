using System.Text.Encodings.Web;
using System.Text.Json;

namespace ComplianceFns.Engine.Storage;

internal static class StorageJson
{
    /// <summary>Chinese stays readable in the stored JSON; these strings never reach HTML unencoded.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };
}
