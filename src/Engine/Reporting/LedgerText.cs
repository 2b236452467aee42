using System.Text;
using System.Text.RegularExpressions;

namespace ComplianceFns.Engine.Reporting;

/// <summary>Makes any string (often copied from a hostile or broken site) safe to store as one spreadsheet cell.</summary>
internal static partial class LedgerText
{
    /// <summary>Excel refuses cells longer than this.</summary>
    public const int MaxCellLength = 32_767;

    private const char Ellipsis = '…';

    /// <summary>
    /// Strips characters XML 1.0 cannot carry (controls, lone surrogates, U+FFFE/U+FFFF), turns every line break into
    /// "\n" (a bare "\r" would not survive XML line-end normalisation) and caps the text at <see cref="MaxCellLength"/>.
    /// </summary>
    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(Math.Min(text.Length, MaxCellLength + 1));
        for (var i = 0; i < text.Length && builder.Length <= MaxCellLength; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[i + 1]);
                    i++;
                }
            }
            else if (IsXmlChar(c))
            {
                builder.Append(c);
            }
        }

        var clean = builder.Length <= MaxCellLength ? builder.ToString() : Cap(builder);
        return EscapeLiteralEscapes(clean);
    }

    // Excel reads "_xHHHH_" in a string as an escaped character; a literal one is kept by escaping its underscore.
    private static string EscapeLiteralEscapes(string text)
    {
        if (!text.Contains("_x", StringComparison.Ordinal))
        {
            return text;
        }

        var escaped = ExcelEscape().Replace(text, "_x005F$0");
        return escaped.Length <= MaxCellLength ? escaped : Cap(new StringBuilder(escaped));
    }

    [GeneratedRegex("_x[0-9A-Fa-f]{4}_", RegexOptions.CultureInvariant)]
    private static partial Regex ExcelEscape();

    private static bool IsXmlChar(char c) =>
        c is '\t' or '\n' or (>= '\u0020' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');

    private static string Cap(StringBuilder builder)
    {
        var keep = MaxCellLength - 1;
        if (char.IsHighSurrogate(builder[keep - 1]))
        {
            // Never split a surrogate pair: half a pair is itself invalid XML.
            keep--;
        }

        return builder.ToString(0, keep) + Ellipsis;
    }
}
