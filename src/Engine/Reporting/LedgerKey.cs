using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Reporting;

/// <summary>
/// The ledger's hidden 问题标识 cell: which finding a row is, whatever the office does to the sheet's order, and which
/// <see cref="FindingVersion"/> of it the row showed. Format <c>version/site/fingerprint</c> with the site id and
/// fingerprint escaped as table keys are, which never contain '/'.
/// </summary>
public static class LedgerKey
{
    public static string For(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return $"{FindingVersion.Of(finding)}/{TableKeys.Escape(finding.SiteId)}/{TableKeys.Escape(finding.Fingerprint)}";
    }

    /// <summary>The finding's identity as <see cref="For"/> writes it, without the version (for matching rows to findings).</summary>
    public static string IdentityOf(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return $"{TableKeys.Escape(finding.SiteId)}/{TableKeys.Escape(finding.Fingerprint)}";
    }

    /// <summary>Splits a cell's text into the version and the identity; false when it is not a key.</summary>
    public static bool TryParse(string? text, out string version, out string identity)
    {
        version = identity = string.Empty;
        var parts = text?.Trim().Split('/');
        if (parts is not { Length: 3 } || parts[0].Length != 16 || !parts[0].All(char.IsAsciiHexDigitLower)
            || parts[1].Length == 0 || parts[2].Length == 0)
        {
            return false;
        }

        version = parts[0];
        identity = parts[1] + "/" + parts[2];
        return true;
    }
}
