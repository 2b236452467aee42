using System.Text.RegularExpressions;
using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Reports.Text;

namespace ComplianceFns.Rules.Reports.Checking.Narrative;

/// <summary>
/// N-CARRY (docs/domain/annual-reports.md §4 rule 13): "无结转/全部办结" means 表三 四 总计 = 0; "结转N件" means 四 = N;
/// "上年结转N件" and "含上年结转N件" mean 二 = N. A sentence about timeliness ("均在时限内予以答复") is no such claim.
/// </summary>
public sealed partial class CarryOverCheck : IReportCheck
{
    public const string RuleId = "N-CARRY";

    public void Check(ReportCheckContext context)
    {
        var report = context.Report;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var count in ClauseCounts.Exact(report, unit => unit == "件"))
        {
            var prefix = count.Prefix;
            var carry = Carry().Match(prefix);
            if (!carry.Success || NarrativeWords.ReviewOrLitigation().IsMatch(prefix) || Unrelated().IsMatch(prefix))
            {
                continue;
            }

            var row = Incoming().IsMatch(prefix) ? Table3Layout.CarriedInRow : Table3Layout.CarriedOutRow;
            var quote = count.QuoteFrom(count.ClauseStart + carry.Index).TrimStart('(', '（');
            Compare(context, count.Block, count.Number.Offset, quote, count.Number.Value, row, seen);
        }

        foreach (var block in NarrativeText.Blocks(report))
        {
            // One sentence, one claim: "已全部办结，无结转" is quoted and reported once.
            foreach (var claims in NoneCarried().Matches(block.Text).GroupBy(m => block.SentenceAt(m.Index)))
            {
                var sentence = claims.Key.Text;
                if (!NarrativeWords.Application().IsMatch(sentence) || NarrativeWords.ReviewOrLitigation().IsMatch(sentence)
                    || Incoming().IsMatch(sentence) || Unrelated().IsMatch(sentence))
                {
                    continue;
                }

                var first = claims.First();
                var last = claims.Last();
                Compare(context, block, first.Index, block.Text[first.Index..(last.Index + last.Length)], 0, Table3Layout.CarriedOutRow, seen);
            }
        }
    }

    private static void Compare(ReportCheckContext context, NarrativeBlock block, int offset, string quote, decimal stated, string row, HashSet<string> seen)
    {
        if (!seen.Add(quote))
        {
            return;
        }

        var table = Table3Values.Cell(context.Report.Table3, row);
        if (table.Missing is { } missing)
        {
            context.NotDecidable(RuleId, $"正文称“{quote}”，但{missing}，无法核对");
            return;
        }

        var value = table.Value!.Value;
        if (value == stated)
        {
            return;
        }

        var label = Table3Layout.DisplayLabel(row);
        var message = stated == 0
            ? $"正文称“{quote}”，但表三“{label}”总计为{NarrativeIssues.Format(value)}件{table.Note}"
            : $"正文称“{quote}”，表三“{label}”总计为{NarrativeIssues.Format(value)}件{table.Note}，前后不一致{NarrativeIssues.Difference(value, stated)}";
        context.Add(NarrativeIssues.Create(RuleId, message, quote, block, offset, "表三", row, Table3Layout.Total, value, stated));
    }

    [GeneratedRegex(@"[(（]?(含)?(上年|上一年|上年度|去年)?(结转|转入)[^\d，,；;。]{0,12}$")]
    private static partial Regex Carry();

    [GeneratedRegex(@"上年|上一年|去年|以前年度|往年")]
    private static partial Regex Incoming();

    [GeneratedRegex(@"信箱|建议|提案|信访|热线|12345|投诉|咨询|许可|留言|来信|同比")]
    private static partial Regex Unrelated();

    [GeneratedRegex(@"无结转|没有结转|不存在结转|无转结|全部办结|均已办结|均已全部办结|全部按时办结|均已按时办结|全部予以办结")]
    private static partial Regex NoneCarried();
}
