using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Cli.Arguments;

/// <summary>
/// <c>--fail-on serious|general|hint|none</c>, the same for every command: exit 1 when a finding at or above that
/// severity is found. <c>error</c> and <c>warning</c> are kept as the older names of serious and general.
/// </summary>
public static class FailOnThreshold
{
    public const string Usage = "[--fail-on serious|general|hint|none]";

    public static Severity? Parse(ParsedArguments parsed) =>
        parsed.Value("fail-on") switch
        {
            "error" => Severity.Serious,
            "warning" => Severity.General,
            _ => parsed.Choice("fail-on", "none", "serious", "general", "hint", "none") switch
            {
                "serious" => Severity.Serious,
                "general" => Severity.General,
                "hint" => Severity.Hint,
                _ => null,
            },
        };
}
