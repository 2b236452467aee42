using System.Globalization;
using System.Text.RegularExpressions;

namespace ComplianceFns.Rules.Reports.Checking.Narrative;

/// <summary>
/// N-CARRY within the text: a sentence that states all four counts of the application balance ("受理依申请公开1件,
/// 上年结转0件,办件0件,结转下年度继续办理0件") must balance as table 三 does: new + carried in = closed + carried out.
/// Only a sentence naming all four is checked; with one missing nothing can be said.
/// </summary>
public sealed partial class NarrativeBalanceCheck : IReportCheck
{
    public void Check(ReportCheckContext context)
    {
        foreach (var block in NarrativeText.Blocks(context.Report))
        {
            foreach (Match sentence in Sentence().Matches(block.Text))
            {
                var text = sentence.Value;
                if (!text.Contains("结转", StringComparison.Ordinal) || NarrativeWords.ReviewOrLitigation().IsMatch(text))
                {
                    continue;
                }

                if (Single(CarriedIn(), text) is not { } carriedIn || Single(CarriedOut(), text) is not { } carriedOut
                    || Single(Received(), text) is not { } received || Single(Closed(), text) is not { } closed)
                {
                    continue;
                }

                var incoming = received + carriedIn;
                var outgoing = closed + carriedOut;
                if (incoming == outgoing)
                {
                    continue;
                }

                var quote = text.Trim().TrimEnd('。', '；', ';');
                var message = $"正文称“{quote}”：新收{Format(received)}件+上年结转{Format(carriedIn)}件={Format(incoming)}件，"
                    + $"但办结{Format(closed)}件+结转下年度{Format(carriedOut)}件={Format(outgoing)}件，前后不平{NarrativeIssues.Difference(outgoing, incoming)}";
                context.Add(NarrativeIssues.Create(CarryOverCheck.RuleId, message, quote, block, sentence.Index, expected: incoming, actual: outgoing));
            }
        }
    }

    /// <summary>The one count the pattern finds in the sentence, or null when none or several.</summary>
    private static decimal? Single(Regex pattern, string sentence)
    {
        var matches = pattern.Matches(sentence);
        return matches.Count == 1 ? decimal.Parse(matches[0].Groups["n"].Value, CultureInfo.InvariantCulture) : null;
    }

    private static string Format(decimal value) => NarrativeIssues.Format(value);

    [GeneratedRegex(@"[^。；;！？]+[。；;！？]?")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"(?<!结转[^，,]{0,6})(收到|受理|新收|接收)[^，,；;。\d结]{0,20}?(?<n>\d+)\s*件")]
    private static partial Regex Received();

    [GeneratedRegex(@"(上年|上一年|上年度|去年)度?结转[^，,；;。\d]{0,10}?(?<n>\d+)\s*件")]
    private static partial Regex CarriedIn();

    [GeneratedRegex(@"(办结|办件|已答复|予以答复|答复|办理完毕|处理完毕)[^，,；;。\d]{0,10}?(?<n>\d+)\s*件")]
    private static partial Regex Closed();

    [GeneratedRegex(@"结转(至|到)?下(一)?年度?[^，,；;。\d]{0,10}?(?<n>\d+)\s*件")]
    private static partial Regex CarriedOut();
}
