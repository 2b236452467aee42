using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Reading;

/// <summary>
/// Where each table is looked for: table 二 in section 二, table 三 in section 三, table 四 in section 四, falling back
/// to table markers when headings are missing (a PDF page that starts mid-table). A region ends at the next heading
/// in document order (closed) or at the end of the copy (open). A table absent from its own section is looked for by
/// its content in the other sections (tables printed under the wrong heading), so it is still read and reconciled.
/// </summary>
internal sealed record TableRegions(TableRegion Table2, TableRegion Table3, TableRegion Table4)
{
    public static TableRegions Locate(IReadOnlyList<string> lines, int firstLine, IReadOnlyList<ReportSection> sections)
    {
        int? Heading(int ordinal) => sections.FirstOrDefault(s => s.Ordinal == ordinal)?.Line - 1;

        int? NextHeadingAfter(int index) => sections.Where(s => s.Line - 1 > index).Select(s => (int?)(s.Line - 1)).Min();

        var s2 = Heading(2);
        var s3 = Heading(3);
        var s4 = Heading(4);

        // Table 二: section 二, else from the first 第二十条 block heading.
        var t2Start = s2 + 1 ?? TableContent.FirstLine(lines, firstLine, lines.Count, static k => k.StartsWith("第二十条第", StringComparison.Ordinal));
        var table2 = Region(t2Start, t2Start is { } a ? NextHeadingAfter(a - 1) : null, lines.Count);

        // Table 三: section 三, else right after table 二, else from the top (a page that starts inside table 三).
        var t3Start = s3 + 1 ?? (s2 is null && t2Start is null ? firstLine : table2.End);
        var t4Start = s4 + 1 ?? TableContent.FirstLine(lines, t3Start, lines.Count, TableContent.IsTable4Header);
        var t3End = Earliest(NextHeadingAfter(t3Start - 1), s4 is null ? t4Start : null);
        var table3 = Region(t3Start, t3End, lines.Count);

        var t4End = t4Start is { } b ? NextHeadingAfter(b - 1) : null;
        var table4 = Region(t4Start, t4End, lines.Count);

        var elsewhere = new Relocation(lines, sections);
        return new TableRegions(
            s2 is null ? table2 : elsewhere.Find(2, table2, TableContent.Table2Start),
            s3 is null ? table3 : elsewhere.Find(3, table3, TableContent.Table3Start),
            s4 is null ? table4 : elsewhere.Find(4, table4, TableContent.Table4Start));
    }

    private static int? Earliest(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    private static TableRegion Region(int? start, int? end, int lineCount) => start is { } s
        ? new TableRegion(s, end ?? lineCount, end is not null)
        : new TableRegion(0, 0, false);

    /// <summary>Moves a table's region to the first other section that prints it, when its own section does not.</summary>
    private sealed class Relocation(IReadOnlyList<string> lines, IReadOnlyList<ReportSection> sections)
    {
        public TableRegion Find(int ordinal, TableRegion home, Func<IReadOnlyList<string>, int, int, int?> startOf)
        {
            if (!home.IsEmpty && startOf(lines, home.Start, home.End) is not null)
            {
                return home;
            }

            for (var s = 0; s < sections.Count; s++)
            {
                if (sections[s].Ordinal == ordinal)
                {
                    continue;
                }

                var from = sections[s].Line;
                var to = s + 1 < sections.Count ? sections[s + 1].Line - 1 : lines.Count;
                if (startOf(lines, from, to) is { } start)
                {
                    return new TableRegion(start, to, s + 1 < sections.Count);
                }
            }

            return home;
        }
    }
}
