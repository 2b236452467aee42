using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Reporting;

/// <summary>
/// Every finding as one compact JSON document for the report's script, which filters, searches and pages over it
/// instead of over thousands of DOM rows. Repeated values (sites, pages, dates, evidence labels) are stored once in a
/// string table <c>s</c>; a row refers to them by index (-1: none). <c>rules</c> holds [id, Chinese name, columns] with
/// columns the <see cref="FindingColumns"/> a rule's open tables show; <c>resolvedColumns</c> those of the resolved list;
/// <c>names</c> maps a site id to its display name.
/// Row layout, one array per finding:
/// <c>[severity, site, rule, page, pageHref, target, targetHref, [segmentKind, text, …], message, [label, value, …], firstSeen, last, [label, value, …]]</c>
/// where severity indexes <c>sev</c>, rule indexes <c>rules</c>, every other value indexes <c>s</c>; hrefs are set only
/// for URLs <see cref="HtmlText.SafeHttpUrl"/> allows; <c>last</c> is the last sighting (open) or the fix date (resolved);
/// the last array is the office's record (<see cref="ReportRectification"/>).
/// </summary>
public static class ReportDataBlock
{
    public const string ElementId = "report-data";

    private static readonly Severity[] SeverityOrder = [Severity.Serious, Severity.General, Severity.Hint];

    // Escapes < > & ' " so the JSON can sit inside <script type="application/json"> (no "</script>" can appear), and
    // keeps CJK text as UTF-8 rather than \uXXXX, which would double its size.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The <c>&lt;script type="application/json"&gt;</c> element holding the data.</summary>
    public static void Append(StringBuilder html, ReportData data, IReadOnlyList<Finding> open, IReadOnlyList<Finding> resolved, int pageSize)
    {
        html.Append("<script type=\"application/json\" id=\"").Append(ElementId).Append("\">");
        html.Append(Json(data, open, resolved, pageSize));
        html.Append("</script>\n");
    }

    public static string Json(ReportData data, IReadOnlyList<Finding> open, IReadOnlyList<Finding> resolved, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(data);
        var ruleColumns = FindingColumnsOf.Rules(open);
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var rules = new Dictionary<string, int>(StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("pageSize", pageSize);
            json.WriteNumber("resolvedColumns", (int)FindingColumnsOf.Resolved(resolved));
            json.WriteStartArray("open");
            foreach (var finding in open)
            {
                WriteRow(json, finding, finding.LastSeen, strings, rules);
            }

            json.WriteEndArray();
            json.WriteStartArray("resolved");
            foreach (var finding in resolved)
            {
                WriteRow(json, finding, finding.ResolvedAt, strings, rules);
            }

            json.WriteEndArray();
            json.WriteStartArray("sev");
            foreach (var severity in SeverityOrder)
            {
                json.WriteStartArray();
                json.WriteStringValue(severity.ToToken());
                json.WriteStringValue(severity.ToChinese());
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStartArray("rules");
            foreach (var rule in rules.OrderBy(r => r.Value).Select(r => r.Key))
            {
                json.WriteStartArray();
                json.WriteStringValue(rule);
                json.WriteStringValue(HtmlReportLabels.RuleName(rule));
                json.WriteNumberValue((int)ruleColumns.GetValueOrDefault(rule, FindingColumns.All));
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStartObject("names");
            foreach (var site in open.Concat(resolved).Select(f => f.SiteId).Distinct(StringComparer.Ordinal))
            {
                json.WriteString(site, data.SiteName(site));
            }

            json.WriteEndObject();
            json.WriteStartArray("s");
            foreach (var text in strings.OrderBy(s => s.Value).Select(s => s.Key))
            {
                json.WriteStringValue(text);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteRow(Utf8JsonWriter json, Finding finding, DateTimeOffset? last, Dictionary<string, int> strings, Dictionary<string, int> rules)
    {
        json.WriteStartArray();
        json.WriteNumberValue(Array.IndexOf(SeverityOrder, finding.Severity));
        json.WriteNumberValue(Index(strings, finding.SiteId));
        json.WriteNumberValue(Index(rules, finding.RuleId));
        json.WriteNumberValue(Index(strings, finding.PageUrl));
        json.WriteNumberValue(Index(strings, HtmlText.SafeHttpUrl(finding.PageUrl)));
        json.WriteNumberValue(Index(strings, finding.TargetUrl));
        json.WriteNumberValue(Index(strings, HtmlText.SafeHttpUrl(finding.TargetUrl)));
        json.WriteStartArray();
        foreach (var segment in FindingTextSegments.Of(finding))
        {
            json.WriteNumberValue((int)segment.Kind);
            json.WriteNumberValue(Index(strings, segment.Text));
        }

        json.WriteEndArray();
        json.WriteNumberValue(Index(strings, finding.Message));
        json.WriteStartArray();
        foreach (var line in ReportEvidence.Of(finding))
        {
            json.WriteNumberValue(Index(strings, line.Label));
            json.WriteNumberValue(Index(strings, line.Value));
        }

        json.WriteEndArray();
        json.WriteNumberValue(Index(strings, HtmlTimeFormat.Beijing(finding.FirstSeen)));
        json.WriteNumberValue(Index(strings, last is { } at ? HtmlTimeFormat.Beijing(at) : null));
        json.WriteStartArray();
        foreach (var line in ReportRectification.Of(finding))
        {
            json.WriteNumberValue(Index(strings, line.Label));
            json.WriteNumberValue(Index(strings, line.Value));
        }

        json.WriteEndArray();
        json.WriteEndArray();
    }

    private static int Index(Dictionary<string, int> table, string? value)
    {
        if (value is null)
        {
            return -1;
        }

        if (!table.TryGetValue(value, out var index))
        {
            index = table.Count;
            table.Add(value, index);
        }

        return index;
    }
}
