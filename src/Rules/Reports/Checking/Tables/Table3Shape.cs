using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Checking.Tables;

/// <summary>Which rows table 三 should have: the rows found decide between the 2021 and the trial (六), then the format.</summary>
internal static class Table3Shape
{
    private const string OtherGroup = "三(六)";

    public static IReadOnlyList<string> OutcomeRows(ReportFormat format, Table3 table)
    {
        var hasSubRows = table.Rows.Keys.Any(k => k.Length > OtherGroup.Length && k.StartsWith(OtherGroup, StringComparison.Ordinal));
        if (hasSubRows)
        {
            return Table3Layout.OutcomeRows2021;
        }

        if (table.Rows.ContainsKey(OtherGroup))
        {
            return Table3Layout.OutcomeRows2019;
        }

        return format == ReportFormat.Trial2019 ? Table3Layout.OutcomeRows2019 : Table3Layout.OutcomeRows2021;
    }

    public static IReadOnlyList<string> AllRows(ReportFormat format, Table3 table) =>
        [Table3Layout.NewRow, Table3Layout.CarriedInRow, .. OutcomeRows(format, table), Table3Layout.OutcomeTotalRow, Table3Layout.CarriedOutRow];

    /// <summary>Row labels for a message: “a”“b”“c” (at most five, then 等N行).</summary>
    public static string QuoteRows(IReadOnlyList<string> keys)
    {
        const int Shown = 5;
        var quoted = string.Concat(keys.Take(Shown).Select(k => $"“{Table3Layout.DisplayLabel(k)}”"));
        return keys.Count > Shown ? $"{quoted}等{keys.Count}行" : quoted;
    }

    /// <summary>Row labels followed by 行 exactly once: “a”“b”行, or “a”…“e”等N行.</summary>
    public static string QuoteRowsAsRows(IReadOnlyList<string> keys)
    {
        var quoted = QuoteRows(keys);
        return quoted.EndsWith('行') ? quoted : quoted + "行";
    }
}
