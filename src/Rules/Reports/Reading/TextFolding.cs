using System.Text;

namespace ComplianceFns.Rules.Reports.Reading;

/// <summary>
/// Normalisation before matching (docs/domain/annual-reports.md §7.6). Two strengths: <see cref="FoldLine"/> keeps a line
/// readable (traditional→simplified, full-width digits and letters→ASCII so numbers read the same everywhere);
/// <see cref="MatchKey"/> is for comparing labels only (also brackets, punctuation, quotes and whitespace).
/// </summary>
internal static class TextFolding
{
    // A full 64K table (128 KB): folding runs on every character of every page, and a lookup must be one index.
    private static readonly char[] Traditional = BuildTable();

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        foreach (var (traditional, simplified) in TraditionalChineseMap.Characters())
        {
            table[traditional] = simplified;
        }

        return table;
    }

    public static string FoldLine(string line)
    {
        if (!NeedsFolding(line))
        {
            return line;
        }

        // Vocabulary first: once characters are folded, 檔案 has become 档案, a real (different) simplified word.
        foreach (var (traditional, simplified) in TraditionalChineseMap.Vocabulary)
        {
            if (line.Contains(traditional, StringComparison.Ordinal))
            {
                line = line.Replace(traditional, simplified, StringComparison.Ordinal);
            }
        }

        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            builder.Append(FoldReadable(c));
        }

        return builder.ToString();
    }

    /// <summary>The comparison form of a (folded) text: no whitespace or quotes, half-width punctuation, "1、" as "1.".</summary>
    public static string MatchKey(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var c = FoldReadable(raw);
            if (c is >= '\uFF01' and <= '\uFF5E')
            {
                c = (char)(c - 0xFEE0);
            }

            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '“' or '”' or '‘' or '’' or '"' or '\'' or '「' or '」' or '『' or '』')
            {
                continue;
            }

            if (c == '、' && builder.Length > 0 && char.IsAsciiDigit(builder[^1]))
            {
                c = '.';
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool NeedsFolding(string line)
    {
        foreach (var c in line)
        {
            if (c >= '\u3000' && (c == '\u3000' || c is >= '\uFF10' and <= '\uFF5A' || Traditional[c] != '\0'))
            {
                return true;
            }

            if (c is '\u00A0' || IsBar(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Full-width and box-drawing bars separate cells like '|' does in flattened tables.</summary>
    private static bool IsBar(char c) => c is '｜' or '│' or '┃' or '￨';

    private static char FoldReadable(char c)
    {
        if (c < '\u00A0')
        {
            return c;
        }

        if (c is '\u3000' or '\u00A0')
        {
            return ' ';
        }

        if (IsBar(c))
        {
            return '|';
        }

        if (c is >= '\uFF10' and <= '\uFF19' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A')
        {
            return (char)(c - 0xFEE0);
        }

        var simplified = Traditional[c];
        return simplified == '\0' ? c : simplified;
    }
}
