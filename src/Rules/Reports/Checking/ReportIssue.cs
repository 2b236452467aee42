using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Rules.Reports.Checking;

/// <summary>
/// One failed check on a report: a catalogue id, a severity and a precise Chinese message naming the table, row and
/// column with the expected and actual values (also kept as data for the JSON output and the finding's evidence).
/// </summary>
public sealed record ReportIssue(string RuleId, Severity Severity, string Message)
{
    /// <summary>"表二", "表三", "表四", or null for text-level checks.</summary>
    public string? Table { get; init; }

    /// <summary>Row key (Table3Layout keys, Table2 row label, Table4 group) or null.</summary>
    public string? Row { get; init; }

    /// <summary>Column name, or null.</summary>
    public string? Column { get; init; }

    public string? Expected { get; init; }

    public string? Actual { get; init; }

    /// <summary>1-based line of the reader's input, when the issue points at one.</summary>
    public int? Line { get; init; }

    /// <summary>Extra identity beyond rule/table/row/column, for fingerprints (e.g. the quoted sentence of an N-* check).</summary>
    public string? Discriminator { get; init; }
}
