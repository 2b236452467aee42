using ComplianceFns.Rules.Typos.Statistics;

namespace ComplianceFns.Rules.Typos.Context;

/// <summary>
/// Words coined in parallel are meant as written: in "不得迟报、漏报、瞒报" or "不推诿、不扯皮" a word next to "、" shares
/// its last (or first) character with the item of the same length on the other side, so it is deliberate.
/// </summary>
internal static class ParallelItemsGuard
{
    public static bool Protects(string text, int start, int end)
    {
        var length = end - start;
        if (length < 2)
        {
            return false;
        }

        var word = text.AsSpan(start, length);
        var after = end + 1;
        if (after + length <= text.Length && text[end] == '、' && IsItem(text, after, length) && IsParallel(word, text.AsSpan(after, length)))
        {
            return true;
        }

        var before = start - 1 - length;
        return before >= 0 && text[start - 1] == '、' && IsItem(text, before, length) && IsParallel(word, text.AsSpan(before, length));
    }

    /// <summary>A whole item: Han characters only, with a non-Han character (or the text's edge) on both sides.</summary>
    private static bool IsItem(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (!HanText.IsHan(text[i]))
            {
                return false;
            }
        }

        return (start == 0 || !HanText.IsHan(text[start - 1]))
            && (start + length == text.Length || !HanText.IsHan(text[start + length]));
    }

    private static bool IsParallel(ReadOnlySpan<char> word, ReadOnlySpan<char> neighbour) =>
        word[^1] == neighbour[^1] || word[0] == neighbour[0];
}
