namespace ComplianceFns.Rules.Findings;

/// <summary>Severity as the national inspection grades it (严重/一般/提示).</summary>
public enum Severity
{
    /// <summary>提示: style or format; no deduction.</summary>
    Hint = 0,

    /// <summary>一般: a deduction (broken link, ordinary typo).</summary>
    General = 1,

    /// <summary>严重: a veto item or a statutory breach.</summary>
    Serious = 2,
}

public static class SeverityNames
{
    public static string ToChinese(this Severity severity) => severity switch
    {
        Severity.Serious => "严重",
        Severity.General => "一般",
        Severity.Hint => "提示",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    /// <summary>The stable token used in JSON and storage.</summary>
    public static string ToToken(this Severity severity) => severity switch
    {
        Severity.Serious => "serious",
        Severity.General => "general",
        Severity.Hint => "hint",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    public static Severity ParseToken(string token) => token switch
    {
        "serious" or "严重" => Severity.Serious,
        "general" or "一般" => Severity.General,
        "hint" or "提示" => Severity.Hint,
        _ => throw new FormatException($"Unknown severity '{token}'."),
    };
}
