using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Checking.Structure;

/// <summary>
/// S-SECTIONS (一般): a table printed under another section's heading (表三 under 二、主动公开…). The reader finds the
/// table by its content wherever it sits, so its arithmetic is still checked; the misplacement itself is a structure
/// fault of §2.1, reported under S-SECTIONS at W because the content is all there, only the order is wrong.
/// </summary>
public sealed class TablePlacementCheck : IReportCheck
{
    private const string Id = "S-SECTIONS";

    public void Check(ReportCheckContext context)
    {
        var report = context.Report;
        Check(context, "表二", 2, report.Table2?.Line);
        Check(context, "表三", 3, report.Table3?.Line);
        Check(context, "表四", 4, report.Table4?.Line);
    }

    private static void Check(ReportCheckContext context, string table, int ordinal, int? line)
    {
        var report = context.Report;
        if (line is not { } tableLine || tableLine > report.Lines.Count || report.Section(ordinal) is null)
        {
            // Without its own heading the table cannot be said to be out of place (S-SECTIONS reports the heading);
            // nor when its line is not in the text read (a model built without its text).
            return;
        }

        var holder = report.Sections.LastOrDefault(s => s.Line <= tableLine);
        if (holder is null || holder.Ordinal == ordinal)
        {
            return;
        }

        var own = $"第{SectionNames.Ordinal(ordinal)}部分“{SectionNames.Name(ordinal, report.Year)}”";
        context.Add(new ReportIssue(Id, Severity.General,
            $"{table}位置错误：印在第{SectionNames.Ordinal(holder.Ordinal)}部分“{holder.Heading}”下，应在{own}中；已按表格内容读取并核对")
        {
            Table = table,
            Row = SectionNames.Ordinal(ordinal),
            Expected = own,
            Actual = holder.Heading,
            Line = tableLine,
            Discriminator = "placement",
        });
    }
}
