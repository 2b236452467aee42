namespace ComplianceFns.Rules.Reports.Text;

/// <summary>Reads the Chinese numerals reports use for small counts: 零/〇, 一…九十九 and 两.</summary>
public static class ChineseNumerals
{
    public const string Characters = "零〇一二两三四五六七八九十";

    /// <summary>The value of "两", "十二", "二十", "九十九"; null for anything else ("一二", "十十", "百").</summary>
    public static int? Parse(string text)
    {
        switch (text.Length)
        {
            case 1:
                return text[0] == '十' ? 10 : Digit(text[0]);
            case 2 when text[0] == '十':
                return Digit(text[1]) is { } ones and > 0 && text[1] != '两' ? 10 + ones : null;
            case 2 when text[1] == '十':
                return Digit(text[0]) is { } tens and > 1 && text[0] != '两' ? tens * 10 : null;
            case 3 when text[1] == '十':
                return Digit(text[0]) is { } t and > 1 && text[0] != '两' && Digit(text[2]) is { } o and > 0 && text[2] != '两' ? t * 10 + o : null;
            default:
                return null;
        }
    }

    private static int? Digit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => null,
    };
}
