namespace ComplianceFns.Rules.Reports.Model;

/// <summary>What a table cell held, before arithmetic.</summary>
public enum CellKind
{
    /// <summary>A readable number (units, separators, full-width digits already normalised).</summary>
    Number = 0,

    /// <summary>Empty or a placeholder ("", "/", "-", "—", "——", "无"): 0 for arithmetic, and reported.</summary>
    Blank = 1,

    /// <summary>Text that is not a number ("若干"): never used in arithmetic.</summary>
    Unreadable = 2,
}
