using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Checking.Structure;

/// <summary>
/// S-FILLED: tables 二, 三 and 四 are present and not entirely empty. A table missing with its section is S-SECTIONS'
/// finding; a table beyond the end of a partial copy is 不可判定, one missing from a section the copy holds whole is not. Single blanks are T2-NUM, T3-BLANK and T4-COUNT.
/// </summary>
public sealed class FilledCheck : IReportCheck
{
    private const string Id = "S-FILLED";

    public void Check(ReportCheckContext context)
    {
        var report = context.Report;
        Check(context, "表二", "主动公开政府信息情况", 2, report.Table2?.Rows.Values.Concat(report.Table2.ExtraRows).SelectMany(r => r.Cells.Select(c => c.Value)), report.Table2?.Line);
        Check(context, "表三", "收到和处理政府信息公开申请情况", 3, report.Table3?.Rows.Values.SelectMany(r => r.Values), report.Table3?.Line);
        Check(context, "表四", "政府信息公开行政复议、行政诉讼情况", 4, report.Table4?.Values, report.Table4?.Line);
    }

    private static void Check(ReportCheckContext context, string table, string title, int section, IEnumerable<CellValue>? cells, int? line)
    {
        var report = context.Report;
        if (cells is null)
        {
            // A cut copy that reaches past the table's section (the next part's heading follows) holds that whole
            // section: the table is missing from it, not beyond the cut.
            var sectionWhole = report.Section(section) is not null && report.Sections.Any(s => s.Ordinal > section);
            if (report.DeclaredPartial && !sectionWhole)
            {
                context.NotDecidable(Id, $"副本不完整，未包含{table}，是否填报不可判定");
            }
            else if (report.Section(section) is null)
            {
                context.NotDecidable(Id, $"第{Structure.SectionNames.Ordinal(section)}部分缺失（见S-SECTIONS），{table}是否填报不可判定");
            }
            else
            {
                context.Add(new ReportIssue(Id, Severity.Serious, $"未找到{table}（{title}）")
                {
                    Table = table,
                    Line = report.Section(section)!.Line,
                });
            }

            return;
        }

        if (cells.All(c => c.Kind == CellKind.Blank))
        {
            context.Add(new ReportIssue(Id, Severity.Serious, $"{table}数据单元格全部为空，未填报")
            {
                Table = table,
                Expected = "已填报",
                Actual = "全部为空",
                Line = line,
            });
        }
    }
}
