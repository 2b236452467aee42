namespace ComplianceFns.Rules.Reports.Text;

/// <summary>
/// Splits prose into sentences: at 。！？ (full- and half-width) and at a line break that follows punctuation.
/// A line break after a non-punctuation character (PDF text wraps mid-sentence) does not end the sentence.
/// </summary>
public static class ProseSentences
{
    public static IReadOnlyList<ProseSentence> Split(string text)
    {
        var sentences = new List<ProseSentence>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ends = c is '。' or '！' or '？' or '!' or '?'
                || (c == '\n' && EndsClause(text, start, i));
            if (ends)
            {
                Add(sentences, text, start, i + 1);
                start = i + 1;
            }
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    /// <summary>The sentence of <paramref name="sentences"/> (in text order) holding <paramref name="offset"/>, by binary search.</summary>
    public static ProseSentence? At(IReadOnlyList<ProseSentence> sentences, int offset)
    {
        var (low, high) = (0, sentences.Count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var sentence = sentences[middle];
            if (offset < sentence.Offset)
            {
                high = middle - 1;
            }
            else if (offset >= sentence.End)
            {
                low = middle + 1;
            }
            else
            {
                return sentence;
            }
        }

        return null;
    }

    /// <summary>Most of a sentence kept on either side of an offset by <see cref="Near"/>.</summary>
    public const int MaxSentenceSide = 300;

    /// <summary>
    /// The sentence itself, or for a run-on "sentence" (no full stop in thousands of characters) the part within
    /// <see cref="MaxSentenceSide"/> characters of <paramref name="offset"/>, so per-number sentence tests stay bounded.
    /// </summary>
    public static ProseSentence Near(ProseSentence sentence, int offset)
    {
        if (sentence.Text.Length <= 2 * MaxSentenceSide)
        {
            return sentence;
        }

        var start = Math.Clamp(offset - MaxSentenceSide, sentence.Offset, sentence.End);
        var end = Math.Clamp(offset + MaxSentenceSide, start, sentence.End);
        return new ProseSentence(sentence.Text.Substring(start - sentence.Offset, end - start), start);
    }

    /// <summary>True when the last non-blank character before <paramref name="end"/> closes a clause or a heading.</summary>
    private static bool EndsClause(string text, int start, int end)
    {
        for (var i = end - 1; i >= start; i--)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            // Short lines (headings like "(一)主动公开") end where they end; long wrapped PDF lines do not.
            return c is '。' or '；' or ';' or '：' or ':' or '！' or '？' or '”' or ')' or '）' || end - start < 30;
        }

        return true;
    }

    private static void Add(List<ProseSentence> sentences, string text, int start, int end)
    {
        // Trim surrounding whitespace but keep offsets exact.
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new ProseSentence(text[start..end], start));
        }
    }
}
