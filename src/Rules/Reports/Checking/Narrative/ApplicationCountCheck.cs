using System.Text.RegularExpressions;
using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Reports.Text;

namespace ComplianceFns.Rules.Reports.Checking.Narrative;

/// <summary>
/// N-APP (docs/domain/annual-reports.md §4 rule 11): "收到/受理/新收N件" equals 表三 一 总计; "共收到N件（含上年结转M件）" equals
/// 一+二 (M itself is N-CARRY's); "办结/答复N件" equals 三(七) 总计; "未收到…申请" means 一 总计 is 0.
/// </summary>
public sealed partial class ApplicationCountCheck : IReportCheck
{
    public const string RuleId = "N-APP";

    public void Check(ReportCheckContext context)
    {
        var report = context.Report;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var count in ClauseCounts.Exact(report, unit => unit == "件"))
        {
            var (block, number, prefix, segment) = (count.Block, count.Number, count.Prefix, count.Segment);
            if (count.OpensWith("其中")
                || NarrativeWords.OtherSubject().IsMatch(prefix)
                || NarrativeWords.ReviewOrLitigation().IsMatch(prefix)
                || segment.Contains("结转", StringComparison.Ordinal))
            {
                continue;
            }

            // The verb nearest before the number decides the row: only the words since the previous count are read.
            var received = ReceivedVerb().Match(segment);
            if (received.Success && NarrativeWords.Application().IsMatch(prefix))
            {
                var quote = count.QuoteFrom(count.SegmentStart + received.Index);
                if (Adverb().Match(segment[..received.Index]) is { Success: true } adverb)
                {
                    quote = adverb.Value + quote;
                }

                var carried = CarriedIn().Match(block.Text, number.End);
                if (carried.Success && carried.Index == number.End)
                {
                    Compare(context, block, number, quote, seen,
                        Table3Values.Cell(report.Table3, Table3Layout.NewRow) + Table3Values.Cell(report.Table3, Table3Layout.CarriedInRow),
                        "一", "表三“本年新收”与“上年结转”总计之和");
                }
                else
                {
                    Compare(context, block, number, quote, seen, Table3Values.Cell(report.Table3, Table3Layout.NewRow),
                        "一", $"表三“{Table3Layout.DisplayLabel(Table3Layout.NewRow)}”总计");
                }

                continue;
            }

            // "依申请公开0件" as a clause of its own (a tally beside 主动公开N条) is the year's applications.
            if (BareApplicationCount().IsMatch(prefix))
            {
                Compare(context, block, number, count.QuoteFrom(count.ClauseStart).Trim(), seen, Table3Values.Cell(report.Table3, Table3Layout.NewRow),
                    "一", $"表三“{Table3Layout.DisplayLabel(Table3Layout.NewRow)}”总计");
                continue;
            }

            var replied = ReplyVerb().Match(segment);
            if (replied.Success && NarrativeWords.Application().IsMatch(number.Sentence) && !replied.Value.StartsWith('未'))
            {
                Compare(context, block, number, count.QuoteFrom(count.SegmentStart + replied.Index), seen, Table3Values.Cell(report.Table3, Table3Layout.OutcomeTotalRow),
                    Table3Layout.OutcomeTotalRow, $"表三“{Table3Layout.DisplayLabel(Table3Layout.OutcomeTotalRow)}”总计");
            }
        }

        foreach (var block in NarrativeText.Blocks(report))
        {
            foreach (Match none in NoneReceived().Matches(block.Text))
            {
                var clause = ProseClauses.ClauseAt(block.Text, none.Index);
                if (NarrativeWords.OtherSubject().IsMatch(clause) || NarrativeWords.ReviewOrLitigation().IsMatch(clause))
                {
                    continue;
                }

                var zero = new ProseNumber(0, "件", false, none.Index, none.Value, clause, 0);
                Compare(context, block, zero, none.Value, seen, Table3Values.Cell(report.Table3, Table3Layout.NewRow),
                    "一", $"表三“{Table3Layout.DisplayLabel(Table3Layout.NewRow)}”总计");
            }
        }
    }

    private static void Compare(ReportCheckContext context, NarrativeBlock block, ProseNumber number, string quote, HashSet<string> seen, TableValue table, string row, string tableName)
    {
        if (!seen.Add(quote))
        {
            return;
        }

        if (table.Missing is { } missing)
        {
            context.NotDecidable(RuleId, $"正文称“{quote}”，但{missing}，无法核对");
            return;
        }

        var value = table.Value!.Value;
        if (value == number.Value)
        {
            return;
        }

        var message = $"正文称“{quote}”，{tableName}为{NarrativeIssues.Format(value)}件{table.Note}，前后不一致{NarrativeIssues.Difference(value, number.Value)}";
        context.Add(NarrativeIssues.Create(RuleId, message, quote, block, number.Offset, "表三", row, Table3Layout.Total, value, number.Value));
    }

    [GeneratedRegex(@"(收到|受理|新收|接收|接到)")]
    private static partial Regex ReceivedVerb();

    [GeneratedRegex(@"^\s*(本年度?|全年)?依申请公开(政府信息)?(申请)?\s*$")]
    private static partial Regex BareApplicationCount();

    [GeneratedRegex(@"(未|没有)?(办结|答复|办理完毕|回复)")]
    private static partial Regex ReplyVerb();

    [GeneratedRegex(@"(共|累计|总共|合计)\s*$")]
    private static partial Regex Adverb();

    [GeneratedRegex(@"\G\s*[(（]\s*含(上年|上一年|上年度)结转")]
    private static partial Regex CarriedIn();

    [GeneratedRegex(@"(未|没有|没)(收到|受理|接到|接收)[^，,；;。\n]{0,20}?(信息公开申请|依申请公开(申请|件)?|公开申请)")]
    private static partial Regex NoneReceived();
}
