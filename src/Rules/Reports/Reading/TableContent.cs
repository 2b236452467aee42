namespace ComplianceFns.Rules.Reports.Reading;

/// <summary>
/// Recognises a table by what it prints, not by the section it sits in (issue 3: tables in an unexpected order):
/// table 二 by its 第二十条/信息内容 block headers or its row labels, table 三 by its row labels, table 四 by its
/// 行政复议/行政诉讼 header. Used only to find a table that is missing from its own section.
/// </summary>
internal static class TableContent
{
    /// <summary>Fewer table 三 rows than this in a range is a mention in prose, not the table.</summary>
    private const int MinTable3Rows = 3;

    private const int MaxMarkerLine = 60;

    /// <summary>The first line (0-based) of table 二 in [start, end), or null.</summary>
    public static int? Table2Start(IReadOnlyList<string> lines, int start, int end)
    {
        var header = FirstLine(lines, start, end, IsTable2Header);
        if (header is not null)
        {
            return header;
        }

        var rows = Table2Reader.ReadRows(lines, new TableRegion(start, end, Closed: true)).Where(r => !r.Extra && r.Values.Count > 0).ToList();
        return rows.Count > 0 ? rows.Min(r => r.Line) - 1 : null;
    }

    /// <summary>The first line (0-based) of table 三 in [start, end), or null.</summary>
    public static int? Table3Start(IReadOnlyList<string> lines, int start, int end)
    {
        var table = Table3Reader.Read(lines, new TableRegion(start, end, Closed: true), notes: []);
        return table is not null && table.Rows.Count >= MinTable3Rows ? table.Rows.Values.Min(r => r.Line) - 1 : null;
    }

    /// <summary>The line (0-based) of table 四's header in [start, end), or null.</summary>
    public static int? Table4Start(IReadOnlyList<string> lines, int start, int end) => FirstLine(lines, start, end, IsTable4Header);

    public static bool IsTable2Header(string key) =>
        key.StartsWith("第二十条第", StringComparison.Ordinal) || key.StartsWith("信息内容", StringComparison.Ordinal);

    public static bool IsTable4Header(string key) =>
        key.Length < MaxMarkerLine && key.Contains("行政复议", StringComparison.Ordinal)
        && (key.Contains("行政诉讼", StringComparison.Ordinal) || key.Contains("结果维持", StringComparison.Ordinal));

    /// <summary>The first line (0-based) in [from, to) whose match key satisfies <paramref name="matches"/>; long lines are prose.</summary>
    public static int? FirstLine(IReadOnlyList<string> lines, int from, int to, Func<string, bool> matches)
    {
        for (var i = from; i < to; i++)
        {
            var line = lines[i];
            if (line.Length < 200 && matches(TextFolding.MatchKey(line)))
            {
                return i;
            }
        }

        return null;
    }
}
