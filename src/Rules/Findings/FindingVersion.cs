using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ComplianceFns.Rules.Findings;

/// <summary>
/// Which version of a finding the office judged. A finding "changes" — and the status the office gave it (above all
/// 无需整改) lapses — when either
/// <list type="number">
/// <item>what it says is wrong changes: its rule (a 404 that becomes a timeout), its severity, the text it is about, or
/// one of the evidence values that state the defect (<see cref="DefectEvidenceKeys"/>: the status code, the expected
/// and the actual value, the suggested correction, the target's title, why a page cannot be read, a report's
/// publication and deadline dates); or</item>
/// <item>an inspection resolved it and it was found again later (a new occurrence, <see cref="Finding.OpenedAt"/>).</item>
/// </list>
/// Run diagnostics never count as a change: attempts, timings, the redirect chain, offsets, how many pages carry it,
/// scores, and the message, which repeats some of them (e.g. "共尝试 3 次", "本站共 12 个页面").
/// </summary>
public static class FindingVersion
{
    /// <summary>Evidence keys whose values say what is wrong (rather than how this run observed it).</summary>
    public static IReadOnlyList<string> DefectEvidenceKeys { get; } =
        ["status", "expected", "actual", "suggestion", "title", "problem", "publishedOn", "deadline"];

    /// <summary>16 hex digits identifying the finding's content and its current occurrence.</summary>
    public static string Of(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var parts = new List<string>
        {
            finding.RuleId,
            finding.Severity.ToToken(),
            finding.Text ?? string.Empty,
            OccurrenceStart(finding).UtcTicks.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var key in DefectEvidenceKeys)
        {
            parts.Add(key + "=" + (finding.EvidenceValue(key) ?? string.Empty));
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts)), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    /// <summary>When the current occurrence began: the last reopening, else the first sighting.</summary>
    public static DateTimeOffset OccurrenceStart(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.OpenedAt ?? finding.FirstSeen;
    }
}
