using ComplianceFns.Rules.Reports.Text;

namespace ComplianceFns.Rules.Reports.Checking.Narrative;

/// <summary>
/// N-SUM (annual-reports.md §4 rule 17): an itemised list ("共N条，其中a条、b条…") adds up to its total, and no
/// category is listed twice. Lists with an approximate number (余/多/约/近) and single-item subsets are skipped. A
/// list of 办理结果 under the applications received is checked against table 三 (<see cref="OutcomeList"/>).
/// </summary>
public sealed class ItemisedSumCheck : IReportCheck
{
    public const string RuleId = "N-SUM";

    public void Check(ReportCheckContext context)
    {
        foreach (var block in NarrativeText.Blocks(context.Report))
        {
            foreach (var list in ItemisedLists.Find(block.Text))
            {
                if (list.Items.Count < 2 || list.HasApproximateNumber)
                {
                    continue;
                }

                var quote = ProseClauses.Quote(block.Text, list.Total);
                var unit = list.Total.Unit;
                if (!list.AddsUp)
                {
                    var terms = string.Join("+", list.Items.Select(i => NarrativeIssues.Format(i.Count.Value)));
                    var stated = $"正文“{quote}”，各分项合计为{NarrativeIssues.Format(list.Sum)}{unit}（{terms}）";
                    if (!OutcomeList.IsOutcomeList(list))
                    {
                        var message = $"{stated}，与所称{NarrativeIssues.Format(list.Total.Value)}{unit}不符{NarrativeIssues.Difference(list.Sum, list.Total.Value)}";
                        context.Add(NarrativeIssues.Create(RuleId, message, quote, block, list.Total.Offset, expected: list.Total.Value, actual: list.Sum));
                    }
                    else if (OutcomeList.Check(context, list, stated) is { } message)
                    {
                        context.Add(NarrativeIssues.Create(RuleId, message, quote, block, list.Total.Offset, expected: list.Total.Value, actual: list.Sum));
                    }
                }

                foreach (var repeated in list.Items.Where(i => i.Category.Length >= 2).GroupBy(i => i.Category, StringComparer.Ordinal).Where(g => g.Count() > 1))
                {
                    var first = repeated.First();
                    var message = $"正文“{quote}”的分项中“{first.Category}”出现{repeated.Count()}次（{string.Join("、", repeated.Select(i => i.Count.Text))}），疑为重复列举";
                    context.Add(NarrativeIssues.Create(RuleId, message, $"{quote}|{first.Category}", block, first.Count.Offset));
                }
            }
        }
    }
}
