using System.Text.Encodings.Web;
using System.Text.Json;
using ComplianceFns.Rules.Typos;

namespace TypoBench;

/// <summary>
/// Predictions for a jsonl set in the CLI's check-text contract ({"id","start","end","text","suggestion","rule",
/// "severity"} per hit): the fallback of tools/typo-holdout/run-eval.sh while the CLI command is not available.
/// </summary>
public static class Predictions
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(string setPath, TextWriter output)
    {
        var detector = TypoDetector.CreateDefault(new ComplianceFns.Rules.Typos.Statistics.StatisticalLayer());
        foreach (var line in File.ReadLines(setPath).Where(l => l.Length > 0))
        {
            using var row = JsonDocument.Parse(line);
            var id = row.RootElement.GetProperty("id").GetString();
            var text = row.RootElement.GetProperty("text").GetString() ?? "";
            foreach (var hit in detector.Detect(text))
            {
                output.WriteLine(JsonSerializer.Serialize(new
                {
                    id,
                    start = hit.Start,
                    end = hit.End,
                    text = hit.Text,
                    suggestion = hit.Suggestion,
                    rule = hit.RuleId,
                    severity = hit.Severity.ToString(),
                }, Options));
            }
        }
    }
}
