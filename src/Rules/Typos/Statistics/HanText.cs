namespace ComplianceFns.Rules.Typos.Statistics;

/// <summary>Which UTF-16 code units are Han characters the layer checks (BMP only; surrogates never are).</summary>
internal static class HanText
{
    public static bool IsHan(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>Run length the statistical layers work on: a long run is cut, so their working memory stays bounded.</summary>
    public const int MaxRunLength = 512;

    /// <summary>
    /// The next run of Han characters at or after <paramref name="index"/> (at most <see cref="MaxRunLength"/> long):
    /// true with [start, end), and <paramref name="index"/> moved to its end; false when the text has no more.
    /// </summary>
    public static bool NextRun(string text, ref int index, out int start)
    {
        while (index < text.Length && !IsHan(text[index]))
        {
            index++;
        }

        start = index;
        while (index < text.Length && IsHan(text[index]) && index - start < MaxRunLength)
        {
            index++;
        }

        return index > start;
    }
}
