namespace ComplianceFns.Rules.Reports.Reading;

/// <summary>How a printed label is numbered: "一、" (top), "（一）" (paren), "1." (digit), or not at all.</summary>
internal enum MarkerKind
{
    None = 0,
    Top,
    Paren,
    Digit,
}

/// <summary>
/// A label split into its numbering and its words, in match-key form: "（三）不予公开" is (Paren, 3, "不予公开"). The
/// core drops a trailing parenthesised annotation or instruction ("部分公开(区分处理的…)" → "部分公开").
/// </summary>
internal readonly record struct LabelForm(MarkerKind Kind, int Ordinal, string Body, string Core)
{
    private const string ChineseDigits = "零一二三四五六七八九十";

    public static LabelForm Parse(string key)
    {
        var kind = MarkerKind.None;
        var ordinal = 0;
        var rest = key;
        if (key.Length >= 3 && key[0] == '(' && ChineseDigits.IndexOf(key[1]) > 0 && key[2] == ')')
        {
            (kind, ordinal, rest) = (MarkerKind.Paren, ChineseDigits.IndexOf(key[1]), key[3..]);
        }
        else if (key.Length >= 2 && ChineseDigits.IndexOf(key[0]) > 0 && key[1] is '、' or '.')
        {
            (kind, ordinal, rest) = (MarkerKind.Top, ChineseDigits.IndexOf(key[0]), key[2..]);
        }
        else
        {
            var digits = 0;
            while (digits < key.Length && digits < 2 && char.IsAsciiDigit(key[digits]))
            {
                digits++;
            }

            if (digits > 0 && digits < key.Length && key[digits] == '.' && (digits + 1 == key.Length || !char.IsAsciiDigit(key[digits + 1])))
            {
                (kind, ordinal, rest) = (MarkerKind.Digit, int.Parse(key[..digits], System.Globalization.CultureInfo.InvariantCulture), key[(digits + 1)..]);
            }
        }

        var paren = rest.IndexOf('(');
        var core = paren > 0 ? rest[..paren] : rest;
        var colon = core.IndexOf(':');
        if (colon > 0)
        {
            core = core[..colon];
        }

        return new LabelForm(kind, ordinal, rest, core);
    }
}
