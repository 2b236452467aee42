namespace ComplianceFns.Rules.Reports.Text;

/// <summary>
/// Clause-level helpers: a clause ends at a comma, semicolon, colon or sentence end. A run without any delimiter is
/// cut at <see cref="MaxClauseChars"/> so that looking up one number's clause stays bounded whatever the input.
/// </summary>
public static class ProseClauses
{
    /// <summary>Longest clause looked at on either side of an offset; real clauses are far shorter.</summary>
    public const int MaxClauseChars = 200;

    /// <summary>Most characters a quote keeps before its number; a longer lead is cut with "…".</summary>
    public const int MaxQuoteLead = 40;

    private const string Delimiters = "，,；;：:。！？!?、\n";

    /// <summary>True for a character that ends a clause or separates list items.</summary>
    public static bool IsDelimiter(char c) => Delimiters.Contains(c, StringComparison.Ordinal);

    /// <summary>Start of the clause holding <paramref name="offset"/> (just after the previous delimiter).</summary>
    public static int ClauseStart(string text, int offset, bool listSeparatorEnds = false)
    {
        var limit = Math.Max(0, offset - MaxClauseChars);
        for (var i = offset - 1; i >= limit; i--)
        {
            var c = text[i];
            if (IsDelimiter(c) && (c != '、' || listSeparatorEnds))
            {
                return i + 1;
            }
        }

        return limit;
    }

    /// <summary>End (exclusive) of the clause holding <paramref name="offset"/>.</summary>
    public static int ClauseEnd(string text, int offset)
    {
        var limit = Math.Min(text.Length, offset + MaxClauseChars);
        for (var i = offset; i < limit; i++)
        {
            if (IsDelimiter(text[i]) && text[i] != '、')
            {
                return i;
            }
        }

        return limit;
    }

    /// <summary>
    /// The words a message quotes for a number: its clause up to the number's unit, without a leading "其中"/"2021年"
    /// ("共受理依申请公开政府信息174件").
    /// </summary>
    public static string Quote(string text, ProseNumber number)
    {
        var start = ClauseStart(text, number.Offset);
        var quote = Bounded(text, start, number.Offset, number.End).Trim();
        foreach (var lead in LeadingWords)
        {
            if (quote.StartsWith(lead, StringComparison.Ordinal) && quote.Length > lead.Length + 2)
            {
                quote = quote[lead.Length..].TrimStart();
            }
        }

        return quote;
    }

    /// <summary>
    /// text[start..end] for a quote ending at a number at <paramref name="numberOffset"/>: at most
    /// <see cref="MaxQuoteLead"/> characters before the number, the cut marked with "…".
    /// </summary>
    public static string Bounded(string text, int start, int numberOffset, int end) =>
        numberOffset - start <= MaxQuoteLead ? text[start..end] : "…" + text[(numberOffset - MaxQuoteLead)..end].TrimStart();

    /// <summary>The clause holding <paramref name="offset"/>, whole.</summary>
    public static string ClauseAt(string text, int offset) => text[ClauseStart(text, offset)..ClauseEnd(text, offset)];

    private static readonly string[] LeadingWords = ["其中包括", "其中", "包括", "同时", "此外", "另外"];
}
