using System.Text.Encodings.Web;
using System.Text.Json;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Cli.Output;

/// <summary>One JSON object per finding per line: the machine interface of every check command.</summary>
public static class JsonlFindingWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(TextWriter output, IEnumerable<Finding> findings)
    {
        foreach (var finding in findings)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, Options))
            {
                json.WriteStartObject();
                json.WriteString("rule", finding.RuleId);
                json.WriteString("severity", finding.Severity.ToToken());
                json.WriteString("severityLabel", finding.Severity.ToChinese());
                json.WriteString("site", finding.SiteId);
                json.WriteString("page", finding.PageUrl);
                json.WriteString("target", finding.TargetUrl);
                json.WriteString("text", finding.Text);
                json.WriteString("message", finding.Message);
                json.WriteStartObject("evidence");
                EvidenceJson.Write(json, finding.Evidence);
                json.WriteEndObject();
                json.WriteString("fingerprint", finding.Fingerprint);
                json.WriteString("status", finding.Status == FindingStatus.Open ? "open" : "resolved");
                json.WriteString("firstSeen", finding.FirstSeen);
                json.WriteString("lastSeen", finding.LastSeen);
                json.WriteEndObject();
            }

            output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
    }
}
