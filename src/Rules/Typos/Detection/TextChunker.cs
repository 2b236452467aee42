namespace ComplianceFns.Rules.Typos.Detection;

/// <summary>Cuts long text into pieces at sentence ends (or, failing that, at a hard limit) so work stays bounded.</summary>
public static class TextChunker
{
    /// <summary>Yields (start, length) pieces of at most <paramref name="maxLength"/> code units covering the text.</summary>
    public static IEnumerable<(int Start, int Length)> Split(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 16);
        var start = 0;
        while (start < text.Length)
        {
            var end = Math.Min(text.Length, start + maxLength);
            if (end < text.Length)
            {
                var cut = LastSentenceEnd(text, start + maxLength / 2, end);
                end = cut > start ? cut : end;
                // Never split a surrogate pair.
                if (char.IsHighSurrogate(text[end - 1]) && end < text.Length && char.IsLowSurrogate(text[end]))
                {
                    end--;
                }
            }

            yield return (start, end - start);
            start = end;
        }
    }

    private static int LastSentenceEnd(string text, int from, int to)
    {
        for (var i = to - 1; i >= from; i--)
        {
            if (text[i] is '。' or '！' or '？' or '\n' or '；')
            {
                return i + 1;
            }
        }

        return -1;
    }
}
