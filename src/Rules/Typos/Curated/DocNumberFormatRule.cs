using System.Text.RegularExpressions;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Rules.Typos.Curated;

/// <summary>
/// 发文字号 year brackets (GB/T 9704-2012): 国发[2016]56号 or 国发（2016）56号 → 国发〔2016〕56号.
/// The hit covers the bracketed year only; the prefix (国办发, 苏政办发 …) is never touched.
/// </summary>
public sealed class DocNumberFormatRule : ITypoLayer
{
    private static readonly RegexHitRule Rule = new(
        new Regex(@"(?<=[\u4e00-\u9fff][发函字办令通]\s?)[\[［(（【](?<year>(?:19|20)\d{2})[\]］)）】](?=\s?第?\d{1,5}\s?号)",
            RegexOptions.CultureInvariant | RegexOptions.Compiled),
        m => $"〔{m.Groups["year"].Value}〕",
        "typo.doc-number-format",
        Severity.Hint,
        m => $"发文字号的年份应使用六角括号“〔{m.Groups["year"].Value}〕”");

    public void Detect(string text, TypoContext context, List<TypoHit> hits) => Rule.AddHits(text, hits);
}
