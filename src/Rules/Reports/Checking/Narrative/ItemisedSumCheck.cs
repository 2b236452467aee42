using System.Text.RegularExpressions;
using ComplianceFns.Rules.Reports.Text;

namespace ComplianceFns.Rules.Reports.Checking.Narrative;

/// <summary>
/// N-SUM (docs/domain/annual-reports.md §4 rule 17): an itemised list ("共N条，其中a条、b条…") adds up to its total, and no
/// category is listed twice. Lists with an approximate number (余/多/约/近) and single-item subsets are skipped; a
/// "其中" list whose parts fall short of its total counts only when it evidently names every part (a "其他" item, a
/// known complete breakdown, parts within a twentieth of the total); a list cut by the end of the text is 不可判定. A
/// list of 办理结果 under the applications received is checked against table 三 (<see cref="OutcomeList"/>).
/// </summary>
public sealed partial class ItemisedSumCheck : IReportCheck
{
    public const string RuleId = "N-SUM";

    /// <summary>Share of the total the parts must reach for a short list to be read as meant to be whole.</summary>
    private const decimal NearlyWhole = 0.95m;

    /// <summary>The national website report form's breakdown of 信息发布总数: listing these lists every part.</summary>
    private static readonly string[][] WholeBreakdowns = [["概况", "政务动态", "信息公开目录"]];

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
                if (!list.AddsUp && RunsIntoTheCut(block.Text, list))
                {
                    context.NotDecidable(RuleId, $"正文“{quote}”的分项列举被文本截断，合计不可判定");
                }
                else if (!list.AddsUp && list.Sum < list.Total.Value && !ListsEveryPart(list))
                {
                    // "其中" names some parts of a total, not necessarily all: 3546条，其中政策文件12条、动态752条.
                    context.NotDecidable(RuleId, $"正文“{quote}”所列分项合计{NarrativeIssues.Format(list.Sum)}{unit}，少于所称{NarrativeIssues.Format(list.Total.Value)}{unit}，未见逐项列全的标志（如“其他”项），不作判断");
                }
                else if (!list.AddsUp)
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

    /// <summary>
    /// True when the list evidently names every part of its total: "分别为…", the outcomes of the applications
    /// received (with table 三's carry-over, <see cref="OutcomeList"/>), a catch-all item (其他/其它/其余…), a
    /// known complete breakdown, or parts that come within a twentieth of the total (a slip, not a subset).
    /// </summary>
    private static bool ListsEveryPart(ItemisedList list)
    {
        if (list.Marker.StartsWith("分别", StringComparison.Ordinal)
            || OutcomeList.IsOutcomeList(list)
            || list.Items.Any(i => CatchAll().IsMatch(i.Category)))
        {
            return true;
        }

        if (WholeBreakdowns.Any(parts => parts.All(p => list.Items.Any(i => i.Category.Contains(p, StringComparison.Ordinal)))))
        {
            return true;
        }

        return list.Total.Value > 0 && list.Sum >= list.Total.Value * NearlyWhole;
    }

    /// <summary>True when the text ends inside the list's sentence (a copy cut mid-list): its last items are lost.</summary>
    private static bool RunsIntoTheCut(string text, ItemisedList list)
    {
        var after = list.Items[^1].Count.End;
        return text.AsSpan(after).IndexOfAny("。！？；;!?") < 0 && text.AsSpan(after).Trim().Length < 40;
    }

    [GeneratedRegex("^(其他|其它|其余|剩余|余下|另外)|(其他|其它)[\\p{IsCJKUnifiedIdeographs}]{0,4}?(共计|合计)?$")]
    private static partial Regex CatchAll();
}
