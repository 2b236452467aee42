using System.Text.RegularExpressions;
using ComplianceFns.Rules.Reports.Text;

namespace ComplianceFns.Rules.Reports.Checking.Narrative;

/// <summary>
/// N-CONSIST (annual-reports.md §4 rule 17): the same quantity is not given two values. "The same quantity" is the
/// same words before the number in its clause (at least six characters, no other number, no comparison), so only
/// literally repeated statements are compared.
/// </summary>
public sealed partial class ConsistencyCheck : IReportCheck
{
    public const string RuleId = "N-CONSIST";

    public void Check(ReportCheckContext context)
    {
        var firstByKey = new Dictionary<string, (ProseNumber Number, string Quote)>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var count in ClauseCounts.Exact(context.Report, _ => true))
        {
            var (block, number) = (count.Block, count.Number);
            if (number.Sentence.Contains("分别", StringComparison.Ordinal))
            {
                continue;
            }

            var key = Lead().Replace(count.Prefix, string.Empty).Trim();
            key = Filler().Replace(key, string.Empty);
            if (key.Length < 6 || key.Any(char.IsDigit) || Comparison().IsMatch(key))
            {
                continue;
            }

            key += "|" + number.Unit;
            var quote = ProseClauses.Quote(block.Text, number);
            key = key.Length > ProseClauses.MaxQuoteLead ? key[^ProseClauses.MaxQuoteLead..] : key;
            if (!firstByKey.TryGetValue(key, out var first))
            {
                firstByKey[key] = (number, quote);
                continue;
            }

            if (first.Number.Value == number.Value || !reported.Add(key))
            {
                continue;
            }

            var message = $"正文先称“{first.Quote}”，后称“{quote}”，前后矛盾";
            context.Add(NarrativeIssues.Create(RuleId, message, key, block, number.Offset, expected: first.Number.Value, actual: number.Value));
        }
    }

    /// <summary>Time words and adverbs that do not change the quantity ("2021年，", "全年共").</summary>
    [GeneratedRegex(@"^(其中|同时|此外|另外)?[，,]?\s*(\d{4}\s*年度?|全年|本年度?|今年|年内)?[，,]?")]
    private static partial Regex Lead();

    [GeneratedRegex(@"共计|总计|合计|累计|一共|共|了")]
    private static partial Regex Filler();

    [GeneratedRegex(@"同比|上年|去年|上一年|较|比|增长|增加|减少|下降|以来|其中|分别|占")]
    private static partial Regex Comparison();
}
