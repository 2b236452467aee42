using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Storage;

/// <summary>Stable storage tokens for <see cref="FindingStatus"/>, so renaming the enum never rewrites history.</summary>
public static class FindingStatusTokens
{
    public const string Open = "open";
    public const string Resolved = "resolved";

    public static string ToToken(this FindingStatus status) => status switch
    {
        FindingStatus.Open => Open,
        FindingStatus.Resolved => Resolved,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static FindingStatus ParseStatusToken(string token) => token switch
    {
        Open => FindingStatus.Open,
        Resolved => FindingStatus.Resolved,
        _ => throw new FormatException($"Unknown finding status '{token}'."),
    };
}
