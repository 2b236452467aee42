using System.Globalization;

namespace ComplianceFns.Rules.Reports.Publication;

/// <summary>
/// How much two reports' narratives coincide (内容雷同, docs/domain/annual-reports.md §6 P-DUPLICATE): tables and numbers are
/// removed, because every year's figures differ while a copied text keeps its wording; what is left is compared as
/// sets of overlapping character n-grams (Jaccard).
/// </summary>
public static class NarrativeSimilarity
{
    /// <summary>Four characters: long enough that shared stock phrases of the format do not dominate.</summary>
    public const int ShingleLength = 4;

    /// <summary>Below this many distinct shingles a text is too short to call a copy.</summary>
    public const int MinimumShingles = 40;

    /// <summary>Lines at most this long are table cells or headings when a page is flattened, not narrative.</summary>
    private const int ShortLine = 12;

    /// <summary>
    /// The narrative of a report's text: lines that look like table rows (short, or mostly digits) dropped, then only
    /// letters kept (Han characters and words; digits, punctuation and spaces removed).
    /// </summary>
    public static string Narrative(string text)
    {
        var kept = new System.Text.StringBuilder(text.Length);
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length <= ShortLine || DigitShare(line) >= 0.3)
            {
                continue;
            }

            foreach (var c in line)
            {
                if (char.IsLetter(c) && !IsChineseYearDigit(c))
                {
                    kept.Append(c);
                }
            }
        }

        return kept.ToString();
    }

    /// <summary>Jaccard similarity of the two narratives' shingles, 0–1; null when either is too short to judge.</summary>
    public static double? Similarity(string narrativeA, string narrativeB)
    {
        var a = Shingles(narrativeA);
        var b = Shingles(narrativeB);
        if (a.Count < MinimumShingles || b.Count < MinimumShingles)
        {
            return null;
        }

        var common = a.Count(b.Contains);
        return (double)common / (a.Count + b.Count - common);
    }

    /// <summary>Whole percent, rounded down so that 99.6% never reads as "100%".</summary>
    public static int Percent(double similarity) => (int)Math.Floor(similarity * 100 + 1e-9);

    private static HashSet<string> Shingles(string narrative)
    {
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + ShingleLength <= narrative.Length; i++)
        {
            shingles.Add(narrative.Substring(i, ShingleLength));
        }

        return shingles;
    }

    private static double DigitShare(string line)
    {
        var counted = 0;
        var digits = 0;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            counted++;
            if (char.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber)
            {
                digits++;
            }
        }

        return counted == 0 ? 0 : (double)digits / counted;
    }

    /// <summary>〇 is the one numeral that is only ever a digit (二〇二三年); the others are also words (统一, 一步).</summary>
    private static bool IsChineseYearDigit(char c) => c is '〇' or '○';
}
