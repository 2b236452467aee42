using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Rules.Typos.Curated;

/// <summary>Half-width <c>, ; : ( )</c> touching Chinese characters → full-width (，；：（）).</summary>
public sealed class HalfWidthPunctuationRule : ITypoLayer
{
    public void Detect(string text, TypoContext context, List<TypoHit> hits)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var fullWidth = c switch { ',' => "，", ';' => "；", ':' => "：", '(' => "（", ')' => "）", _ => null };
            if (fullWidth is null)
            {
                continue;
            }

            var before = i > 0 && NearMissGenerator.IsHan(text[i - 1]);
            var after = i + 1 < text.Length && NearMissGenerator.IsHan(text[i + 1]);
            // Separators need Chinese on both sides (so 1,000 and http: stay); a bracket needs it on one side.
            var flagged = c is '(' or ')' ? before || after : before && after;
            if (flagged)
            {
                hits.Add(new TypoHit(i, i + 1, c.ToString(), fullWidth, "typo.half-width-punctuation", Severity.Hint,
                    $"中文中应使用全角标点“{fullWidth}”"));
            }
        }
    }
}
