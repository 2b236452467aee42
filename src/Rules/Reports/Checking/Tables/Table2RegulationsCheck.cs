using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Checking.Tables;

/// <summary>
/// T2-REGS: organs without rule-making power show 0 or "/" in the 规章 row. E for townships and county-level organs,
/// W for departments of provincial and 设区的市 governments (they sometimes list rules they drafted).
/// </summary>
public sealed class Table2RegulationsCheck : IReportCheck
{
    private const string Id = "T2-REGS";

    public void Check(ReportCheckContext context)
    {
        if (context.Report.Table2?.Row(Table2Layout.Regulations) is not { } row)
        {
            context.NotDecidable(Id, "未找到表二“规章”行，检查不可判定");
            return;
        }

        var reported = row.Cells.Where(c => CellArithmetic.Exact(c.Value) is > 0).ToArray();
        if (reported.Length == 0)
        {
            return;
        }

        var organ = OrganProfileInference.Resolve(context);
        var power = RuleMakingPowers.Of(organ);
        if (power == RuleMakingPower.Unknown)
        {
            context.NotDecidable(Id, $"未能确定“{context.Report.Organ ?? "报告机关"}”的层级，表二“规章”行填报非零数值是否合规不可判定");
            return;
        }

        if (power == RuleMakingPower.Has)
        {
            return;
        }

        var who = RuleMakingPowers.Describe(organ!);
        foreach (var (column, cell) in reported)
        {
            var value = CellArithmetic.Format(cell.Number!.Value);
            var (severity, message) = power == RuleMakingPower.None
                ? (Severity.Serious, $"{who}无规章制定权，但表二“规章—{column}”填报为{value}")
                : (Severity.General, $"{who}无规章制定权（规章由本级人民政府制定），但表二“规章—{column}”填报为{value}，请核实是否填报了代为起草的规章");
            context.Add(new ReportIssue(Id, severity, message)
            {
                Table = "表二",
                Row = Table2Layout.Regulations,
                Column = column,
                Expected = "0",
                Actual = value,
                Line = cell.Line,
            });
        }
    }
}
