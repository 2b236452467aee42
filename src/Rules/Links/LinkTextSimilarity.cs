using System.Globalization;
using System.Text;

namespace ComplianceFns.Rules.Links;

/// <summary>
/// Text comparison for link texts and page titles: a normal form that ignores punctuation, spaces, bracket styles
/// (〔〕[]()【】《》) and full/half-width differences, and a character-bigram Dice coefficient on that form.
/// </summary>
public static class LinkTextSimilarity
{
    /// <summary>NFKC-folded, lower-cased, letters and digits only.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.LetterNumber)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Dice coefficient of the two normalised texts' character-bigram sets, 0 to 1. Bigrams with a digit are left out
    /// unless a text has nothing else.
    /// </summary>
    public static double Dice(string normalizedA, string normalizedB)
    {
        ArgumentNullException.ThrowIfNull(normalizedA);
        ArgumentNullException.ThrowIfNull(normalizedB);
        if (normalizedA.Length == 0 || normalizedB.Length == 0)
        {
            return 0;
        }

        if (normalizedA == normalizedB)
        {
            return 1;
        }

        // Numbers (years above all) are shared by unrelated government titles; words decide similarity.
        var a = WordBigrams(normalizedA);
        var b = WordBigrams(normalizedB);
        if (a.Count == 0 || b.Count == 0)
        {
            a = Bigrams(normalizedA);
            b = Bigrams(normalizedB);
            if (a.Count == 0 || b.Count == 0)
            {
                return 0;
            }
        }

        var shared = a.Count(b.Contains);
        return 2.0 * shared / (a.Count + b.Count);
    }

    /// <summary>The share of <paramref name="normalizedPart"/>'s bigrams found in <paramref name="normalizedWhole"/>.</summary>
    public static double Coverage(string normalizedPart, string normalizedWhole)
    {
        var part = Bigrams(normalizedPart);
        if (part.Count == 0)
        {
            return normalizedWhole.Contains(normalizedPart, StringComparison.Ordinal) && normalizedPart.Length > 0 ? 1 : 0;
        }

        var whole = Bigrams(normalizedWhole);
        return (double)part.Count(whole.Contains) / part.Count;
    }

    public static bool IsCjk(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF') or '〇';

    public static int CountCjk(string text) => text.Count(IsCjk);

    private static HashSet<string> WordBigrams(string text)
    {
        var set = Bigrams(text);
        set.RemoveWhere(bigram => char.IsAsciiDigit(bigram[0]) || char.IsAsciiDigit(bigram[1]));
        return set;
    }

    private static HashSet<string> Bigrams(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < text.Length; i++)
        {
            set.Add(text.Substring(i, 2));
        }

        return set;
    }
}
