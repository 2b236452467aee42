using System.Text.RegularExpressions;
using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Reports.Text;

namespace ComplianceFns.Rules.Reports.Checking.Narrative;

/// <summary>
/// N-T4 (docs/domain/annual-reports.md §4 rule 15): "行政复议N件" = 复议 总计; "行政诉讼M件" = 直接起诉 总计 + 复议后起诉 总计;
/// "两起结果纠正的行政复议案件" = 复议 结果纠正; "未发生…复议/诉讼" = totals 0; "零纠错/零败诉" = 结果纠正 0;
/// "均获维持" = 结果纠正, 其他结果 and 尚未审结 all 0.
/// </summary>
public sealed partial class ReviewLitigationCheck : IReportCheck
{
    public const string RuleId = "N-T4";

    private const int Review = 0;
    private const int TotalColumn = 4;
    private static readonly int[] LitigationGroups = [1, 2];
    private static readonly int[] ReviewGroup = [Review];

    public void Check(ReportCheckContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var count in ClauseCounts.Exact(context.Report, unit => unit is "件" or "起" or "次" or "个"))
        {
            CheckCount(context, count, seen);
        }

        foreach (var block in NarrativeText.Blocks(context.Report))
        {
            foreach (Match none in NoneOccurred().Matches(block.Text))
            {
                var clause = ProseClauses.ClauseAt(block.Text, none.Index);
                if (Outcome().IsMatch(clause) || NarrativeIssues.HasNumberIn(block, none.Index, none.Index + clause.Length))
                {
                    continue;
                }

                var tail = block.Text[none.Index..ProseClauses.ClauseEnd(block.Text, none.Index)];
                if (tail.Contains("复议", StringComparison.Ordinal) && !tail.Contains("未经复议", StringComparison.Ordinal))
                {
                    Compare(context, block, none.Index, tail, ReviewGroup, TotalColumn, 0, seen);
                }

                if (tail.Contains("诉讼", StringComparison.Ordinal))
                {
                    Compare(context, block, none.Index, tail, LitigationGroups, TotalColumn, 0, seen);
                }
            }

            foreach (Match claim in ZeroCorrected().Matches(block.Text))
            {
                var sentence = block.SentenceAt(claim.Index).Text;
                var groups = claim.Value == "零败诉" ? LitigationGroups : GroupsNamed(sentence) ?? [0, 1, 2];
                Compare(context, block, claim.Index, claim.Value, groups, 1, 0, seen);
            }

            foreach (Match claim in AllUpheld().Matches(block.Text))
            {
                // "行政复议7件，诉讼9件，均获维持": the claim covers what its own statement (up to a "；") names before it.
                var sentence = block.SentenceAt(claim.Index);
                var before = block.Text[Math.Max(sentence.Offset, block.Text.LastIndexOfAny(['；', ';'], Math.Max(0, claim.Index - 1)) + 1)..claim.Index];
                var groups = GroupsNamed(before) ?? (NamesBoth(before) ? [0, 1, 2] : null);
                if (groups is null)
                {
                    continue;
                }

                var quote = QuoteAround(block, claim.Index, claim.Index + claim.Length);
                foreach (var column in new[] { 1, 2, 3 })
                {
                    Compare(context, block, claim.Index, quote, groups, column, 0, seen);
                }
            }
        }
    }

    private static void CheckCount(ReportCheckContext context, ClauseCount count, HashSet<string> seen)
    {
        var (block, number, clauseStart) = (count.Block, count.Number, count.ClauseStart);
        var clauseEnd = ProseClauses.ClauseEnd(block.Text, number.End);
        var clause = block.Text[clauseStart..clauseEnd];
        if (GroupsNamed(clause) is not { } groups || OtherYear().IsMatch(clause))
        {
            return;
        }

        var prefix = block.Text[clauseStart..number.Offset];
        var suffix = block.Text[number.End..clauseEnd];
        var quote = ProseClauses.Bounded(block.Text, clauseStart, number.Offset, clauseEnd).Trim();
        foreach (var lead in new[] { "其中", "同时" })
        {
            quote = quote.StartsWith(lead, StringComparison.Ordinal) ? quote[lead.Length..] : quote;
        }

        var after = OutcomeAfter().Match(suffix);
        var before = OutcomeBefore().Match(prefix);
        if (after.Success)
        {
            Compare(context, block, number.Offset, quote, groups, OutcomeColumn(after.Groups["word"].Value), number.Value, seen);
        }
        else if (before.Success)
        {
            Compare(context, block, number.Offset, quote, groups, OutcomeColumn(before.Groups["word"].Value), number.Value, seen);
        }
        else if (CaseBefore().IsMatch(prefix) || CaseAfter().IsMatch(suffix))
        {
            Compare(context, block, number.Offset, quote, groups, TotalColumn, number.Value, seen);
        }
    }

    private static void Compare(ReportCheckContext context, NarrativeBlock block, int offset, string quote, IReadOnlyList<int> groups, int column, decimal stated, HashSet<string> seen)
    {
        var groupName = groups.Count == 1 ? Table4.Groups[groups[0]] : "行政诉讼";
        var columnName = Table4.Columns[column];
        if (!seen.Add($"{quote}|{groupName}|{columnName}"))
        {
            return;
        }

        var table = context.Report.Table4;
        // An entirely blank table 四 is S-FILLED's finding; reading its blanks as 0 here would report the same cause again.
        var unfilled = table is { IsComplete: true } && table.Values.All(v => v.Kind == CellKind.Blank);
        if (table is null || !table.IsComplete || unfilled)
        {
            var missing = table is null ? "未找到表四" : unfilled ? "表四未填报任何数据（见S-FILLED）" : $"表四解析到{table.Values.Count}个数据（应为15个）";
            if (seen.Add("undecidable|" + quote))
            {
                context.NotDecidable(RuleId, $"正文称“{quote}”，但{missing}，无法核对");
            }

            return;
        }

        decimal sum = 0;
        var parts = new List<string>();
        foreach (var group in groups)
        {
            if (table.Group(group)![column].ArithmeticValue is not { } value)
            {
                context.NotDecidable(RuleId, $"正文称“{quote}”，但表四“{Table4.Groups[group]}—{columnName}”无法识别为数字，无法核对");
                return;
            }

            sum += value;
            parts.Add($"{Table4.Groups[group]}{NarrativeIssues.Format(value)}件");
        }

        if (sum == stated)
        {
            return;
        }

        var where = groups.Count == 1
            ? $"表四“{groupName}—{columnName}”为{NarrativeIssues.Format(sum)}件"
            : $"表四“行政诉讼—{columnName}”合计为{NarrativeIssues.Format(sum)}件（{string.Join("+", parts)}）";
        var message = stated == 0 && column != TotalColumn
            ? $"正文称“{quote}”，但{where}"
            : $"正文称“{quote}”，{where}，前后不一致{NarrativeIssues.Difference(sum, stated)}";
        context.Add(NarrativeIssues.Create(RuleId, message, quote, block, offset, "表四", groupName, columnName, sum, stated));
    }

    /// <summary>复议 → the review group; 诉讼 → both litigation groups; both or neither → null (ambiguous).</summary>
    private static bool NamesBoth(string text) =>
        text.Contains("复议", StringComparison.Ordinal) && (text.Contains("诉讼", StringComparison.Ordinal) || text.Contains("起诉", StringComparison.Ordinal));

    private static int[]? GroupsNamed(string text)
    {
        var review = text.Contains("复议", StringComparison.Ordinal) && !text.Contains("复议后起诉", StringComparison.Ordinal) && !text.Contains("未经复议", StringComparison.Ordinal);
        var litigation = text.Contains("诉讼", StringComparison.Ordinal) || text.Contains("起诉", StringComparison.Ordinal);
        return review == litigation ? null : review ? ReviewGroup : LitigationGroups;
    }

    private static int OutcomeColumn(string word) => word switch
    {
        "结果维持" or "维持" => 0,
        "结果纠正" or "纠正" or "纠错" or "撤销" or "被纠错" or "确认违法" => 1,
        "其他结果" => 2,
        _ => 3,
    };

    private static string QuoteAround(NarrativeBlock block, int start, int end)
    {
        var text = block.Text;
        var sentence = block.SentenceAt(start);
        var from = Math.Max(sentence.Offset, ProseClauses.ClauseStart(text, Math.Max(0, ProseClauses.ClauseStart(text, start) - 1)));
        return ProseClauses.Bounded(text, from, start, end).Trim();
    }

    [GeneratedRegex(@"^[^\d，,；;。]{0,3}?(的)?(?<word>结果维持|结果纠正|其他结果|尚未审结|被纠错|纠错|纠正|维持|撤销|确认违法)")]
    private static partial Regex OutcomeAfter();

    [GeneratedRegex(@"(?<word>结果维持|结果纠正|其他结果|尚未审结|被纠错|纠错|纠正|维持|撤销|确认违法)[^\d，,；;。]{0,4}$")]
    private static partial Regex OutcomeBefore();

    [GeneratedRegex(@"(复议|诉讼|起诉)(案件|申请)?(共|总计|合计|共计)?[^\d，,；;。]{0,3}$")]
    private static partial Regex CaseBefore();

    [GeneratedRegex(@"^(的)?(行政复议|复议|行政诉讼|诉讼)")]
    private static partial Regex CaseAfter();

    [GeneratedRegex(@"结果维持|结果纠正|其他结果|尚未审结|纠错|纠正|维持|败诉|撤销")]
    private static partial Regex Outcome();

    [GeneratedRegex(@"上年|去年|上一年|同比|以来|历年")]
    private static partial Regex OtherYear();

    [GeneratedRegex(@"(未发生|未出现|没有发生|没有出现|未产生|未有|没有因|无因)[^，,；;。\n]{0,30}?(复议|诉讼)")]
    private static partial Regex NoneOccurred();

    [GeneratedRegex(@"零纠错|零败诉")]
    private static partial Regex ZeroCorrected();

    [GeneratedRegex(@"均获维持|均被维持|全部维持|均予以维持|均予维持|均维持")]
    private static partial Regex AllUpheld();
}
