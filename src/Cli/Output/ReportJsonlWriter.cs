using System.Text.Encodings.Web;
using System.Text.Json;
using ComplianceFns.Engine.Reports.Checking;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Cli.Output;

/// <summary>
/// check-report's machine output: one JSON object per issue (<c>"status": "issue"</c>: rule, severity, message, file,
/// table, row, column, expected, actual, line …), one per file that could not be read (rule S-READ), and one per
/// check that could not be decided (<c>"status": "undecidable"</c>: rule, reason, file), so a script can tell
/// "checked and fine" from "could not check".
/// </summary>
public static class ReportJsonlWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(TextWriter output, ReportCheckRun run)
    {
        foreach (var result in run.Results)
        {
            if (result.Outcome is not { } outcome)
            {
                var failure = result.Findings[0];
                output.WriteLine(Line(json =>
                {
                    Common(json, failure, result.Source);
                    json.WriteNull("table");
                    json.WriteNull("row");
                    json.WriteNull("rowLabel");
                    json.WriteNull("column");
                    json.WriteNull("expected");
                    json.WriteNull("actual");
                    json.WriteNull("line");
                    json.WriteNull("organ");
                    json.WriteNull("year");
                }));
                continue;
            }

            // Findings are made one per issue, in issue order.
            for (var i = 0; i < outcome.Issues.Count; i++)
            {
                var issue = outcome.Issues[i];
                var finding = result.Findings[i];
                output.WriteLine(Line(json =>
                {
                    Common(json, finding, result.Source);
                    json.WriteString("table", issue.Table);
                    json.WriteString("row", issue.Row);
                    json.WriteString("rowLabel", issue.Row is null ? null : issue.Table == "表三" ? Table3Layout.DisplayLabel(issue.Row) : issue.Row);
                    json.WriteString("column", issue.Column);
                    json.WriteString("expected", issue.Expected);
                    json.WriteString("actual", issue.Actual);
                    if (issue.Line is { } line)
                    {
                        json.WriteNumber("line", line);
                    }
                    else
                    {
                        json.WriteNull("line");
                    }

                    json.WriteString("organ", outcome.Report.Organ);
                    if (outcome.Report.Year is { } year)
                    {
                        json.WriteNumber("year", year);
                    }
                    else
                    {
                        json.WriteNull("year");
                    }
                }));
            }

            foreach (var undecidable in outcome.Undecidable)
            {
                output.WriteLine(Line(json =>
                {
                    json.WriteString("status", "undecidable");
                    json.WriteString("rule", undecidable.RuleId);
                    json.WriteString("reason", undecidable.Reason);
                    json.WriteString("file", result.Source);
                    json.WriteString("organ", outcome.Report.Organ);
                    if (outcome.Report.Year is { } year)
                    {
                        json.WriteNumber("year", year);
                    }
                    else
                    {
                        json.WriteNull("year");
                    }
                }));
            }
        }
    }

    private static void Common(Utf8JsonWriter json, Finding finding, string file)
    {
        json.WriteString("status", "issue");
        json.WriteString("rule", finding.RuleId);
        json.WriteString("severity", finding.Severity.ToToken());
        json.WriteString("severityLabel", finding.Severity.ToChinese());
        json.WriteString("message", finding.Message);
        json.WriteString("file", file);
        json.WriteString("site", finding.SiteId);
        json.WriteString("fingerprint", finding.Fingerprint);
    }

    private static string Line(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            write(json);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
