namespace ComplianceFns.Rules.Reports.Text;

/// <summary>Clause-level helpers: a clause ends at a comma, semicolon, colon or sentence end.</summary>
public static class ProseClauses
{
    private const string Delimiters = "，,；;：:。！？!?、\n";

    /// <summary>True for a character that ends a clause or separates list items.</summary>
    public static bool IsDelimiter(char c) => Delimiters.Contains(c, StringComparison.Ordinal);

    /// <summary>Start of the clause holding <paramref name="offset"/> (just after the previous delimiter).</summary>
    public static int ClauseStart(string text, int offset, bool listSeparatorEnds = false)
    {
        for (var i = offset - 1; i >= 0; i--)
        {
            var c = text[i];
            if (IsDelimiter(c) && (c != '、' || listSeparatorEnds))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>End (exclusive) of the clause holding <paramref name="offset"/>.</summary>
    public static int ClauseEnd(string text, int offset)
    {
        for (var i = offset; i < text.Length; i++)
        {
            if (IsDelimiter(text[i]) && text[i] != '、')
            {
                return i;
            }
        }

        return text.Length;
    }

    /// <summary>
    /// The words a message quotes for a number: its clause up to the number's unit, without a leading "其中"/"2021年"
    /// ("共受理依申请公开政府信息174件").
    /// </summary>
    public static string Quote(string text, ProseNumber number)
    {
        var start = ClauseStart(text, number.Offset);
        var quote = text[start..number.End].Trim();
        foreach (var lead in LeadingWords)
        {
            if (quote.StartsWith(lead, StringComparison.Ordinal) && quote.Length > lead.Length + 2)
            {
                quote = quote[lead.Length..].TrimStart();
            }
        }

        return quote;
    }

    /// <summary>The clause holding <paramref name="offset"/>, whole.</summary>
    public static string ClauseAt(string text, int offset) => text[ClauseStart(text, offset)..ClauseEnd(text, offset)];

    private static readonly string[] LeadingWords = ["其中包括", "其中", "包括", "同时", "此外", "另外"];
}
