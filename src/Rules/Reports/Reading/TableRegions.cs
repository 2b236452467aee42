using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Reading;

/// <summary>
/// Where each table is looked for: table 二 in section 二, table 三 in section 三, table 四 in section 四, falling back
/// to table markers when headings are missing (a PDF page that starts mid-table). A region ends at the next heading
/// (closed) or at the end of the copy (open).
/// </summary>
internal sealed record TableRegions(TableRegion Table2, TableRegion Table3, TableRegion Table4)
{
    public static TableRegions Locate(IReadOnlyList<string> lines, int firstLine, IReadOnlyList<ReportSection> sections)
    {
        int? Heading(int ordinal) => sections.FirstOrDefault(s => s.Ordinal == ordinal)?.Line - 1;

        int? NextHeadingAfter(int index) => sections.FirstOrDefault(s => s.Line - 1 > index)?.Line - 1;

        var s2 = Heading(2);
        var s3 = Heading(3);
        var s4 = Heading(4);

        // Table 二: section 二, else from the first 第二十条 block heading.
        var t2Start = s2 + 1 ?? FirstLine(lines, firstLine, lines.Count, static k => k.StartsWith("第二十条第", StringComparison.Ordinal));
        var table2 = Region(t2Start, s3 ?? (t2Start is { } a ? NextHeadingAfter(a) : null), lines.Count);

        // Table 三: section 三, else right after table 二, else from the top (a page that starts inside table 三).
        var t3Start = s3 + 1 ?? (s2 is null && t2Start is null ? firstLine : table2.End);
        var t4Start = s4 + 1 ?? FirstLine(lines, t3Start, lines.Count, static k => k.Length < 60 && k.Contains("行政复议", StringComparison.Ordinal) && (k.Contains("行政诉讼", StringComparison.Ordinal) || k.Contains("结果维持", StringComparison.Ordinal)));
        var t3End = s4 ?? t4Start ?? NextHeadingAfter(t3Start);
        var table3 = Region(t3Start, t3End, lines.Count);

        var t4End = t4Start is { } b ? NextHeadingAfter(b - 1) : null;
        var table4 = Region(t4Start, t4End, lines.Count);
        return new TableRegions(table2, table3, table4);
    }

    private static TableRegion Region(int? start, int? end, int lineCount) => start is { } s
        ? new TableRegion(s, end ?? lineCount, end is not null)
        : new TableRegion(0, 0, false);

    private static int? FirstLine(IReadOnlyList<string> lines, int from, int to, Func<string, bool> matches)
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
