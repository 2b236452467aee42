using System.Text;

namespace ComplianceFns.Engine.Reporting;

/// <summary>Estimates a column width (in Excel character units) that fits Chinese and Latin text.</summary>
internal static class LedgerColumnWidth
{
    private const double Padding = 2;

    /// <summary>Display width of the text's longest line: CJK and full-width characters count double.</summary>
    public static int DisplayWidth(string text)
    {
        var longest = 0;
        var current = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == '\n')
            {
                longest = Math.Max(longest, current);
                current = 0;
                continue;
            }

            current += IsWide(rune) ? 2 : 1;
        }

        return Math.Max(longest, current);
    }

    /// <summary>A width for the widest of the texts, at least <paramref name="minimum"/> and at most <paramref name="maximum"/>.</summary>
    public static double Fit(IEnumerable<string> texts, double minimum, double maximum)
    {
        var widest = 0;
        foreach (var text in texts)
        {
            widest = Math.Max(widest, DisplayWidth(text));
        }

        return Math.Clamp(widest + Padding, minimum, maximum);
    }

    private static bool IsWide(Rune rune) => rune.Value switch
    {
        >= 0x1100 and <= 0x115F => true, // Hangul Jamo
        >= 0x2E80 and <= 0xA4CF => true, // CJK radicals, punctuation, kana, unified ideographs, Yi
        >= 0xAC00 and <= 0xD7A3 => true, // Hangul syllables
        >= 0xF900 and <= 0xFAFF => true, // CJK compatibility ideographs
        >= 0xFE30 and <= 0xFE4F => true, // CJK compatibility forms
        >= 0xFF00 and <= 0xFF60 => true, // full-width forms (（）、，：)
        >= 0xFFE0 and <= 0xFFE6 => true,
        >= 0x20000 and <= 0x3FFFD => true, // CJK extensions B and beyond
        _ => false,
    };
}
