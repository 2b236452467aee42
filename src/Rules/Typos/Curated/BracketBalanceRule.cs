using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Rules.Typos.Curated;

/// <summary>
/// Unbalanced 《》 “” （） 【】 within one line (a paragraph): an unmatched closer, or an opener left open at the end
/// of the line. Each pair is checked on its own, so interleaving of different pairs is not judged.
/// </summary>
public sealed class BracketBalanceRule : ITypoLayer
{
    private static readonly (char Open, char Close, string Name)[] Pairs =
    [
        ('《', '》', "书名号"),
        ('“', '”', "引号"),
        ('（', '）', "括号"),
        ('【', '】', "方括号"),
    ];

    public void Detect(string text, TypoContext context, List<TypoHit> hits)
    {
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            foreach (var pair in Pairs)
            {
                CheckLine(text, lineStart, lineEnd, pair, hits);
            }

            lineStart = lineEnd + 1;
        }
    }

    private static void CheckLine(string text, int start, int end, (char Open, char Close, string Name) pair, List<TypoHit> hits)
    {
        var open = new Stack<int>();
        for (var i = start; i < end; i++)
        {
            if (text[i] == pair.Open)
            {
                open.Push(i);
            }
            else if (text[i] == pair.Close)
            {
                if (open.Count > 0)
                {
                    open.Pop();
                }
                else
                {
                    hits.Add(new TypoHit(i, i + 1, pair.Close.ToString(), string.Empty, "typo.unbalanced-bracket", Severity.Hint,
                        $"{pair.Name}不配对：“{pair.Close}”前缺少“{pair.Open}”"));
                }
            }
        }

        foreach (var i in open)
        {
            hits.Add(new TypoHit(i, i + 1, pair.Open.ToString(), string.Empty, "typo.unbalanced-bracket", Severity.Hint,
                $"{pair.Name}不配对：“{pair.Open}”后缺少“{pair.Close}”"));
        }
    }
}
