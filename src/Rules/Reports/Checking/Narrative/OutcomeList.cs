using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Reports.Text;

namespace ComplianceFns.Rules.Reports.Checking.Narrative;

/// <summary>
/// N-SUM for a list of 办理结果 ("共收到申请174件，其中予以公开67件、不予公开7件…"): the outcomes count the applications
/// concluded, so they add up to the total only with the applications carried over (表三 四、结转下年度继续办理), or
/// they match 三(七)总计 itself. Neither is a finding; a mismatch with both is, naming 四.
/// </summary>
internal static class OutcomeList
{
    private static readonly string[] OutcomeWords = ["予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理"];

    /// <summary>True when every item is named by an outcome word.</summary>
    public static bool IsOutcomeList(ItemisedList list) =>
        list.Items.All(i => OutcomeWords.Any(w => i.Category.Contains(w, StringComparison.Ordinal)));

    /// <summary>The finding's message, or null when table 三 explains the difference (or cannot be read: 不可判定).</summary>
    public static string? Check(ReportCheckContext context, ItemisedList list, string stated)
    {
        var table = context.Report.Table3;
        var carried = Table3Values.Cell(table, Table3Layout.CarriedOutRow);
        var concluded = Table3Values.Cell(table, Table3Layout.OutcomeTotalRow);
        if (concluded.Value == list.Sum || (carried.Value is { } c && list.Sum + c == list.Total.Value))
        {
            return null;
        }

        if (carried.Value is not { } carriedOver)
        {
            context.NotDecidable(ItemisedSumCheck.RuleId, $"{stated}，与所称{NarrativeIssues.Format(list.Total.Value)}{list.Total.Unit}不同，差额可能为结转下年度的申请，但{carried.Missing}，无法核对");
            return null;
        }

        var withCarried = list.Sum + carriedOver;
        return $"{stated}，加表三“{Table3Layout.DisplayLabel(Table3Layout.CarriedOutRow)}”{NarrativeIssues.Format(carriedOver)}{list.Total.Unit}为{NarrativeIssues.Format(withCarried)}{list.Total.Unit}，"
            + $"与所称{NarrativeIssues.Format(list.Total.Value)}{list.Total.Unit}不符{NarrativeIssues.Difference(withCarried, list.Total.Value)}";
    }
}
