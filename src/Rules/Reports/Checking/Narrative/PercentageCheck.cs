using System.Globalization;
using System.Text.RegularExpressions;
using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Reports.Text;

namespace ComplianceFns.Rules.Reports.Checking.Narrative;

/// <summary>
/// N-PCT (docs/domain/annual-reports.md §4 rule 18): "x件，占p%" matches x / base. The base is the list's own total for an item of
/// an itemised list; for application counts it is 三(七), then 一, then 一+二 (any of them matching is enough).
/// A stated share is right within 0.1 percentage point, or within rounding when printed without decimals ("占67%").
/// </summary>
public sealed partial class PercentageCheck : IReportCheck
{
    public const string RuleId = "N-PCT";

    public void Check(ReportCheckContext context)
    {
        var report = context.Report;
        foreach (var block in NarrativeText.Blocks(report))
        {
            // Each count's list (the first that itemises it), looked up once per percentage.
            var listOf = new Dictionary<int, ItemisedList>();
            foreach (var l in ItemisedLists.Find(block.Text))
            {
                foreach (var item in l.Items)
                {
                    listOf.TryAdd(item.Count.Offset, l);
                }
            }

            var sharesBase = SharesOfOneWhole(block);
            foreach (var percentage in ProseNumbers.FindPercentages(block.Text))
            {
                var count = NarrativeIssues.LastEndingBy(block, percentage.Offset);
                if (count is null || percentage.IsApproximate || count.IsApproximate)
                {
                    continue;
                }

                var link = block.Text[count.End..percentage.Offset];
                if (!ShareLink().IsMatch(link))
                {
                    continue;
                }

                var quote = ProseClauses.Bounded(block.Text, ProseClauses.ClauseStart(block.Text, count.Offset), count.Offset, percentage.End).Trim();
                foreach (var lead in new[] { "其中", "包括" })
                {
                    quote = quote.StartsWith(lead, StringComparison.Ordinal) ? quote[lead.Length..].TrimStart('，', ',') : quote;
                }

                var list = listOf.GetValueOrDefault(count.Offset);
                IReadOnlyList<(string Name, TableValue Value)> bases;
                if (list is not null)
                {
                    if (list.Total.IsApproximate)
                    {
                        continue;
                    }

                    bases = [($"所列合计{NarrativeIssues.Format(list.Total.Value)}{list.Total.Unit}", TableValue.Of(list.Total.Value))];
                }
                else if (count.Unit == "件" && ApplicationContext().IsMatch(count.Sentence) && !NarrativeWords.ReviewOrLitigation().IsMatch(count.Sentence))
                {
                    bases =
                    [
                        ("表三办理结果总计", Table3Values.Cell(report.Table3, Table3Layout.OutcomeTotalRow)),
                        ("表三本年新收申请总计", Table3Values.Cell(report.Table3, Table3Layout.NewRow)),
                        ("表三本年新收与上年结转之和", Table3Values.Cell(report.Table3, Table3Layout.NewRow) + Table3Values.Cell(report.Table3, Table3Layout.CarriedInRow)),
                    ];
                }
                else if (sharesBase.TryGetValue(count.SentenceOffset, out var whole))
                {
                    bases = [($"各项合计{NarrativeIssues.Format(whole)}{count.Unit}", TableValue.Of(whole))];
                }
                else
                {
                    continue;
                }

                var usable = bases.Where(b => b.Value.Missing is null && b.Value.Value > 0).ToArray();
                if (usable.Length == 0)
                {
                    var missing = bases.Select(b => b.Value.Missing).FirstOrDefault(m => m is not null) ?? "计算基数为0";
                    context.NotDecidable(RuleId, $"正文称“{quote}”，但{missing}，无法核对");
                    continue;
                }

                var tolerance = percentage.Decimals == 0 ? 0.5m : 0.1m;
                if (usable.Any(b => Math.Abs(100m * count.Value / b.Value.Value!.Value - percentage.Value) is var d && (percentage.Decimals == 0 ? d <= tolerance : d < tolerance)))
                {
                    continue;
                }

                var (name, value) = usable[0];
                var actual = 100m * count.Value / value.Value!.Value;
                var shown = Math.Round(actual, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
                var baseText = list is not null || sharesBase.ContainsKey(count.SentenceOffset) ? name : $"{name}{NarrativeIssues.Format(value.Value!.Value)}件";
                var message = $"正文称“{quote}”，按{baseText}计算应为{shown}%（{NarrativeIssues.Format(count.Value)}÷{NarrativeIssues.Format(value.Value!.Value)}），与所称{percentage.Text.Trim()}不符";
                context.Add(NarrativeIssues.Create(RuleId, message, quote, block, count.Offset, expected: Math.Round(actual, 2), actual: percentage.Value));
            }
        }
    }

    /// <summary>
    /// Sentences listing three or more "x条，占p%" shares of one unit whose shares add up to about 100 %: the whole is
    /// the sum of their counts ("机构职能类信息6条,占总体比例的18%;…"), by sentence offset. Shares a point or two off
    /// in all (each rounded) still make a whole; shares of different wholes do not add up to 100.
    /// </summary>
    private static Dictionary<int, decimal> SharesOfOneWhole(NarrativeBlock block)
    {
        var pairs = new List<(ProseNumber Count, ProsePercentage Share)>();
        foreach (var percentage in ProseNumbers.FindPercentages(block.Text))
        {
            var count = NarrativeIssues.LastEndingBy(block, percentage.Offset);
            if (count is not null && !count.IsApproximate && !percentage.IsApproximate && ShareLink().IsMatch(block.Text[count.End..percentage.Offset]))
            {
                pairs.Add((count, percentage));
            }
        }

        var wholes = new Dictionary<int, decimal>();
        foreach (var sentence in pairs.GroupBy(p => p.Count.SentenceOffset))
        {
            var shares = sentence.ToList();
            if (shares.Count >= 3 && shares.All(p => p.Count.Unit == shares[0].Count.Unit)
                && Math.Abs(shares.Sum(p => p.Share.Value) - 100m) <= 3m && shares.Sum(p => p.Count.Value) > 0)
            {
                wholes[sentence.Key] = shares.Sum(p => p.Count.Value);
            }
        }

        return wholes;
    }

    /// <summary>What joins a count to its share: "，占", "，占比", "(占总数的", never more than a few words.</summary>
    [GeneratedRegex(@"^[\s，,、(（]*占(比|比为|总数的|总量的|总体的|总体比例的|比例为|比重为|全部|全部申请的|申请总数的|的)?\s*$")]
    private static partial Regex ShareLink();

    [GeneratedRegex(@"申请|答复|办结|予以公开|部分公开|不予公开|无法提供|不予处理")]
    private static partial Regex ApplicationContext();
}
