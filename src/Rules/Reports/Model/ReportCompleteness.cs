using System.Globalization;

namespace ComplianceFns.Rules.Reports.Model;

/// <summary>
/// How much of a report the reader found: the numbered sections (一 … 六, each ordinal counted once) and the
/// statistics tables (二, 三, 四) it read. One reading is at least as complete as another when it found at least as
/// many of both; a reading with more sections but fewer tables (or the reverse) is not, because the cross-year checks
/// need the tables and the structure checks need the sections.
/// </summary>
/// <param name="Sections">Distinct section ordinals found, 0–6.</param>
/// <param name="Tables">Statistics tables found, 0–3.</param>
public readonly record struct ReportCompleteness(int Sections, int Tables)
{
    public static ReportCompleteness Of(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sections = report.Sections.Select(s => s.Ordinal).Distinct().Count();
        var tables = (report.Table2 is null ? 0 : 1) + (report.Table3 is null ? 0 : 1) + (report.Table4 is null ? 0 : 1);
        return new ReportCompleteness(sections, tables);
    }

    /// <summary>True when this reading found at least as many sections and at least as many tables as <paramref name="other"/>.</summary>
    public bool IsAtLeast(ReportCompleteness other) => Sections >= other.Sections && Tables >= other.Tables;

    /// <summary>"6部分、3张表".</summary>
    public string ToChinese() => string.Create(CultureInfo.InvariantCulture, $"{Sections}部分、{Tables}张表");
}
