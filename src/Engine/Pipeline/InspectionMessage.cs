using System.Text.Json;
using System.Text.Json.Serialization;

namespace ComplianceFns.Engine.Pipeline;

/// <summary>
/// One queue message: inspect <see cref="SiteId"/> as part of run <see cref="RunId"/>. The run id comes from the
/// schedule occurrence, so a timer that fires twice for the same occurrence enqueues the same message.
/// </summary>
public sealed record InspectionMessage(
    [property: JsonPropertyName("siteId")] string SiteId,
    [property: JsonPropertyName("runId")] string RunId)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Parses a message body; a body that is not such a message throws <see cref="FormatException"/> naming it.</summary>
    public static InspectionMessage Parse(string body)
    {
        InspectionMessage? message;
        try
        {
            message = JsonSerializer.Deserialize<InspectionMessage>(body, Json);
        }
        catch (JsonException exception)
        {
            throw new FormatException($"Inspection message is not JSON {{\"siteId\":…,\"runId\":…}}: {Shorten(body)}", exception);
        }

        if (message is null || string.IsNullOrWhiteSpace(message.SiteId) || string.IsNullOrWhiteSpace(message.RunId))
        {
            throw new FormatException($"Inspection message lacks siteId or runId: {Shorten(body)}");
        }

        return message;
    }

    /// <summary>Parses without throwing, for failure paths that must not fail themselves.</summary>
    public static InspectionMessage? TryParse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return Parse(body);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Shorten(string body) => body.Length <= 200 ? body : body[..200] + "…";
}
