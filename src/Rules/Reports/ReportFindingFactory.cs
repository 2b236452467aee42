using System.Globalization;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Checking;
using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports;

/// <summary>
/// Turns annual-report issues (and files that could not be read) into stored findings. The fingerprint identifies
/// the report by "organ|year" when both are known, so the same report uploaded again under another file name (or
/// found at another URL) keeps its findings' identity; otherwise by a hash of its own words (or, for a file that
/// could not be read, by its source).
/// </summary>
public static class ReportFindingFactory
{
    /// <summary>A report file that could not be read at all (not in the §6 catalogue: reading precedes every check).</summary>
    public const string ReadFailureRuleId = "S-READ";

    public const string ReadFailureRuleName = "年报文件无法读取";

    /// <summary>一般: nothing could be checked, which the admin must fix or replace, but the report itself may be fine.</summary>
    public const Severity ReadFailureSeverity = Severity.General;

    /// <summary>Evidence key holding the report identity a finding was made under (see <see cref="ReportIdentity(AnnualReport)"/>).</summary>
    public const string IdentityEvidence = "identity";

    public static Finding FromIssue(ReportIssue issue, string siteId, string source, int? year, string? organ) =>
        Create(issue, siteId, source, year, organ, ReportIdentity(source, year, organ), recordIdentity: false);

    /// <summary>
    /// As <see cref="FromIssue(ReportIssue, string, string, int?, string?)"/>, identified by <see cref="ReportIdentity(AnnualReport)"/>
    /// (stored as the "identity" evidence, which <see cref="IdentityOf"/> reads back), so a report without organ or
    /// year keeps its findings whatever path or URL it was read from.
    /// </summary>
    public static Finding FromIssue(ReportIssue issue, string siteId, AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Create(issue, siteId, report.Source, report.Year, report.Organ, ReportIdentity(report), recordIdentity: true);
    }

    private static Finding Create(ReportIssue issue, string siteId, string source, int? year, string? organ, string identity, bool recordIdentity)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentException.ThrowIfNullOrWhiteSpace(siteId);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var evidence = new List<KeyValuePair<string, string>>();
        Add(evidence, "table", issue.Table);
        Add(evidence, "row", issue.Row);
        Add(evidence, "column", issue.Column);
        Add(evidence, "expected", issue.Expected);
        Add(evidence, "actual", issue.Actual);
        Add(evidence, "line", issue.Line?.ToString(CultureInfo.InvariantCulture));
        AddReport(evidence, year, organ);
        if (recordIdentity)
        {
            evidence.Add(new(IdentityEvidence, identity));
        }

        var discriminator = string.Join('|', issue.Table, issue.Row, issue.Column, issue.Discriminator);
        return new Finding
        {
            RuleId = issue.RuleId,
            Severity = issue.Severity,
            SiteId = siteId,
            PageUrl = source,
            Text = SubjectText(issue),
            Message = issue.Message,
            Evidence = evidence,
            Fingerprint = FindingFingerprint.Compute(issue.RuleId, siteId, identity, targetUrl: null, discriminator),
        };
    }

    /// <summary>
    /// "organ|year" when both are known; else the year and a hash of the report's own words (preamble and 总体情况,
    /// whitespace ignored), which name the organ and do not change when only a table is corrected or the file moves.
    /// </summary>
    public static string ReportIdentity(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (OrganAndYear(report.Year, report.Organ) is { } byOrgan)
        {
            return byOrgan;
        }

        var words = string.Concat((report.Preamble + report.Section(1)?.Body).Where(c => !char.IsWhiteSpace(c)));
        if (words.Length == 0)
        {
            return report.Source.Trim();
        }

        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(words)))[..16];
        var year = report.Year?.ToString(CultureInfo.InvariantCulture) ?? "?";
        return $"{year}|#{hash}";
    }

    /// <summary>The identity a stored report finding was made under: its "identity" evidence, else from page, year and organ.</summary>
    public static string IdentityOf(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (finding.EvidenceValue(IdentityEvidence) is { Length: > 0 } identity)
        {
            return identity;
        }

        int? year = int.TryParse(finding.EvidenceValue("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
        return ReportIdentity(finding.PageUrl, year, finding.EvidenceValue("organ"));
    }

    /// <param name="siteId">The configured site or upload source.</param>
    /// <param name="source">The file name or URL that could not be read.</param>
    /// <param name="chineseMessage">The reader's message (it names the file and what was wrong).</param>
    /// <param name="year">The report year when known from elsewhere (a listing's link text), else null.</param>
    /// <param name="organ">The organ when known from elsewhere, else null.</param>
    public static Finding FromReadFailure(string siteId, string source, string chineseMessage, int? year = null, string? organ = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(siteId);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(chineseMessage);
        var evidence = new List<KeyValuePair<string, string>>();
        AddReport(evidence, year, organ);
        return new Finding
        {
            RuleId = ReadFailureRuleId,
            Severity = ReadFailureSeverity,
            SiteId = siteId,
            PageUrl = source,
            Text = source,
            Message = chineseMessage,
            Evidence = evidence,
            // The message is left out: it carries parser details that may change between runs for the same file.
            Fingerprint = FindingFingerprint.Compute(ReadFailureRuleId, siteId, ReportIdentity(source, year, organ), targetUrl: null),
        };
    }

    /// <summary>"organ|year" when both are known (whitespace inside the organ name ignored), else the source.</summary>
    public static string ReportIdentity(string source, int? year, string? organ)
    {
        ArgumentNullException.ThrowIfNull(source);
        return OrganAndYear(year, organ) ?? source.Trim();
    }

    private static string? OrganAndYear(int? year, string? organ)
    {
        var compactOrgan = organ is null ? string.Empty : string.Concat(organ.Where(c => !char.IsWhiteSpace(c)));
        return compactOrgan.Length > 0 && year is { } y ? string.Create(CultureInfo.InvariantCulture, $"{compactOrgan}|{y}") : null;
    }

    /// <summary>The cell the issue is about ("表三 （三）不予公开—1.属于国家秘密 自然人"), or the quoted phrase of a narrative issue.</summary>
    private static string? SubjectText(ReportIssue issue)
    {
        if (issue.Table is null)
        {
            return issue.Discriminator;
        }

        var row = issue.Row is null ? null : issue.Table == "表三" ? Table3Layout.DisplayLabel(issue.Row) : issue.Row;
        return string.Join(' ', new[] { issue.Table, row, issue.Column }.Where(part => !string.IsNullOrEmpty(part)));
    }

    private static void AddReport(List<KeyValuePair<string, string>> evidence, int? year, string? organ)
    {
        Add(evidence, "year", year?.ToString(CultureInfo.InvariantCulture));
        Add(evidence, "organ", organ);
    }

    private static void Add(List<KeyValuePair<string, string>> evidence, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            evidence.Add(new(key, value.Trim()));
        }
    }
}
