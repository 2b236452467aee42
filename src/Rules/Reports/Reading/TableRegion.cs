namespace ComplianceFns.Rules.Reports.Reading;

/// <summary>
/// Lines [Start, End) (0-based) where a table is looked for. <see cref="Closed"/> is true when a later heading ends
/// the region, i.e. the copy goes on past the table: a label followed by nothing there is an empty row, while a
/// label at the end of a cut copy is simply not available.
/// </summary>
internal readonly record struct TableRegion(int Start, int End, bool Closed)
{
    public bool IsEmpty => End <= Start;
}
