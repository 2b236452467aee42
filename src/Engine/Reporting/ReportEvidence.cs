using System.Globalization;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Links;

namespace ComplianceFns.Engine.Reporting;

/// <summary>One evidence line as an admin reads it: a Chinese label and a value that means something to them.</summary>
public readonly record struct EvidenceLine(string Label, string Value);

/// <summary>
/// What of a finding's stored evidence the report and the ledger show, and how. Stored evidence is written for the
/// program (enum names, offsets, identity keys, scores, "url"); an admin sees only the values that help them fix the
/// defect, in Chinese: the failure's name, where the link sits, where a date came from, a few of the pages a template
/// link is on. The typo's context is not repeated here: the text column already shows it with the typo marked.
/// </summary>
public static class ReportEvidence
{
    /// <summary>Pages named for a template link found on many pages; the rest are counted ("另有 N 个页面").</summary>
    public const int ListedSharedPages = 3;

    // Kept for the program: identity, offsets, scores and the detector's internal case are no help to an admin.
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal)
    {
        "identity", "start", "end", "score", "case", "context",
    };

    // What went wrong first, then where; every other key keeps the order it was stored in.
    private static readonly string[] First = ["failure", "problem", "status"];

    public static IReadOnlyList<EvidenceLine> Of(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var failure = ParseFailure(finding.EvidenceValue("failure"));
        var lines = new List<EvidenceLine>(finding.Evidence.Count);
        var ordered = finding.Evidence.OrderBy(pair => Rank(pair.Key));
        foreach (var (key, value) in ordered)
        {
            if (Hidden.Contains(key) || string.IsNullOrWhiteSpace(value) || Line(finding, failure, key, value) is not { } line)
            {
                continue;
            }

            lines.Add(line);
        }

        return lines;
    }

    /// <summary>Whether the report knows a stored evidence key (shown in Chinese, or deliberately hidden).</summary>
    public static bool Knows(string key) => Hidden.Contains(key) || HtmlReportLabels.HasEvidenceName(key);

    private static EvidenceLine? Line(Finding finding, LinkFailure? failure, string key, string value) => key switch
    {
        "failure" => new("失败类型", failure?.ToChinese() ?? value),
        // "页面不存在（404）" already names the code; a 503 or a 403 is worth its own line.
        "status" when failure is { } f && f.ToChinese().Contains(value, StringComparison.Ordinal) => null,
        "attempts" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var attempts) && attempts > 1
            ? new("访问次数", $"{attempts} 次")
            : null,
        "kind" => Enum.TryParse<LinkKind>(value, ignoreCase: false, out var kind) && Enum.IsDefined(kind)
            ? new("链接位置", KindName(kind))
            : null,
        // The address as written in the page's source, when neither the target column nor the message shows it already.
        "href" when string.Equals(value.Trim(), finding.TargetUrl, StringComparison.Ordinal)
            || finding.Message.Contains(value.Trim(), StringComparison.Ordinal) => null,
        // The detail is mostly the cause the message already tells in full.
        "detail" when finding.Message.Contains(value.Trim(), StringComparison.Ordinal) => null,
        "detail" when failure == LinkFailure.BlockedAddress => new("解析到的地址", value),
        // The fragment already stands in the detail of a missing anchor.
        "detail" when failure == LinkFailure.MissingFragment => null,
        "dateSource" => new("日期来源", value switch
        {
            "url" => "网址中的日期",
            "page" => "页面上的发布时间",
            _ => value,
        }),
        "column" when value.StartsWith("http", StringComparison.OrdinalIgnoreCase) => new("年报栏目", value),
        LinkFindingFactory.SharedPagesEvidence => new("出现页面", SharedPages(value)),
        _ => HtmlReportLabels.HasEvidenceName(key) ? new(HtmlReportLabels.EvidenceKey(key), value) : null,
    };

    private static int Rank(string key)
    {
        var at = Array.IndexOf(First, key);
        return at < 0 ? First.Length : at;
    }

    private static LinkFailure? ParseFailure(string? value) =>
        Enum.TryParse<LinkFailure>(value, ignoreCase: false, out var failure) && Enum.IsDefined(failure) ? failure : null;

    private static string KindName(LinkKind kind) => kind switch
    {
        LinkKind.Anchor => "页面中的链接",
        _ => kind.ToChinese(),
    };

    /// <summary>"74: url url …" as "url、url、url，另有 71 个页面".</summary>
    public static string SharedPages(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var colon = stored.IndexOf(':', StringComparison.Ordinal);
        var listed = (colon < 0 ? stored : stored[(colon + 1)..]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var total = colon > 0 && int.TryParse(stored.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? Math.Max(count, listed.Length)
            : listed.Length;
        var shown = listed.Take(ListedSharedPages).ToList();
        var rest = total - shown.Count;
        var text = string.Join('、', shown);
        return rest > 0 ? $"共 {total} 个页面：{text}，另有 {rest} 个页面" : $"共 {total} 个页面：{text}";
    }
}
