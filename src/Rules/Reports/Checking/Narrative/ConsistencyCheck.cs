using System.Text.RegularExpressions;
using ComplianceFns.Rules.Reports.Text;

namespace ComplianceFns.Rules.Reports.Checking.Narrative;

/// <summary>
/// N-CONSIST (docs/domain/annual-reports.md §4 rule 17): the same quantity is not given two values. "The same quantity" is the
/// same words before the number in its clause (at least six characters, no other number, no comparison), or the same
/// channel, action and thing counted in other words (<see cref="QuantityKey"/>: "通过门户网站政策解读栏目发布解读15篇"
/// and "在政策解读专栏发布解读材料12篇").
/// </summary>
public sealed partial class ConsistencyCheck : IReportCheck
{
    public const string RuleId = "N-CONSIST";

    public void Check(ReportCheckContext context)
    {
        var firstByKey = new Dictionary<string, (ProseNumber Number, string Quote, NarrativeBlock Block)>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var flagged = new HashSet<(NarrativeBlock, int)>();
        foreach (var count in ClauseCounts.Exact(context.Report, _ => true))
        {
            var (block, number) = (count.Block, count.Number);
            if (number.Sentence.Contains("分别", StringComparison.Ordinal))
            {
                continue;
            }

            var quote = ProseClauses.Quote(block.Text, number);
            var sentenceBefore = number.Sentence[..Math.Clamp(number.Offset - number.SentenceOffset, 0, number.Sentence.Length)];
            // The same words about two channels ("一是旗政府网站方面,年内共发布各类信息2968条…二是旗蒙文网站方面,年内发布
            // 各类信息854条") are two quantities: the channel the sentence names before the count is part of the wording.
            var channel = ChannelMention().Matches(sentenceBefore) is { Count: > 0 } mentions ? Tail(mentions[^1].Groups["name"].Value, 3) + mentions[^1].Groups["kind"].Value : string.Empty;
            string?[] keys = [WordingKey(count.Prefix, number.Unit) is { } w ? channel + "|" + w : null, QuantityKey.Of(sentenceBefore, count.Prefix, number.Unit) is { } q ? "q:" + q : null];
            foreach (var key in keys.OfType<string>())
            {
                if (!firstByKey.TryGetValue(key, out var first))
                {
                    firstByKey[key] = (number, quote, block);
                    continue;
                }

                // Two counts in one sentence are parallel items ("通过微信公众号发布信息911条,今日头条公开信息244条"), not the
                // same quantity said twice: a restatement is made in another sentence.
                if (ReferenceEquals(first.Block, block) && first.Number.SentenceOffset == number.SentenceOffset)
                {
                    continue;
                }

                if (first.Number.Value == number.Value || !reported.Add(key) || !flagged.Add((block, number.Offset)))
                {
                    continue;
                }

                var message = $"正文先称“{first.Quote}”，后称“{quote}”，前后矛盾";
                context.Add(NarrativeIssues.Create(RuleId, message, key, block, number.Offset, expected: first.Number.Value, actual: number.Value));
            }
        }
    }

    private static string Tail(string text, int length) => text.Length <= length ? text : text[^length..];

    /// <summary>The same words before the number (at least six characters, no other number, no comparison).</summary>
    private static string? WordingKey(string prefix, string unit)
    {
        var key = Filler().Replace(Lead().Replace(prefix, string.Empty).Trim(), string.Empty);
        if (key.Length < 6 || key.Any(char.IsDigit) || Comparison().IsMatch(key))
        {
            return null;
        }

        key += "|" + unit;
        return key.Length > ProseClauses.MaxQuoteLead ? key[^ProseClauses.MaxQuoteLead..] : key;
    }

    /// <summary>Time words and adverbs that do not change the quantity ("2021年，", "全年共").</summary>
    [GeneratedRegex(@"^(其中|同时|此外|另外)?[，,]?\s*(\d{4}\s*年度?|全年|本年度?|今年|年内)?[，,]?")]
    private static partial Regex Lead();

    [GeneratedRegex(@"(?<name>[\p{IsCJKUnifiedIdeographs}]{2,8}?)(?<kind>网站|平台|公众号|微博|栏目|专栏|客户端|公报|报纸|电视台|广播|抖音号|视频号)")]
    private static partial Regex ChannelMention();

    [GeneratedRegex(@"共计|总计|合计|累计|一共|共|了")]
    private static partial Regex Filler();

    [GeneratedRegex(@"同比|上年|去年|上一年|较|比|增长|增加|减少|下降|以来|其中|分别|占")]
    private static partial Regex Comparison();
}
