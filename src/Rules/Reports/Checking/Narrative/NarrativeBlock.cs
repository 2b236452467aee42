using ComplianceFns.Rules.Reports.Text;

namespace ComplianceFns.Rules.Reports.Checking.Narrative;

/// <summary>
/// The prose of the preamble (section 0) or of one section, with table lines removed, and the report line each
/// prose line came from.
/// </summary>
public sealed class NarrativeBlock(int section, string text, IReadOnlyList<(int Offset, int Line)> lineStarts)
{
    private IReadOnlyList<ProseSentence>? _sentences;

    /// <summary>0 for the preamble, 1–6 for the sections.</summary>
    public int Section { get; } = section;

    public string Text { get; } = text;

    /// <summary>The sentences of <see cref="Text"/>, split once.</summary>
    public IReadOnlyList<ProseSentence> Sentences => _sentences ??= ProseSentences.Split(Text);

    /// <summary>The sentence holding <paramref name="offset"/> (only its part near the offset when it runs on).</summary>
    public ProseSentence SentenceAt(int offset) => ProseSentences.Near(ProseSentences.At(Sentences, offset) ?? new ProseSentence(Text, 0), offset);

    /// <summary>The 1-based report line holding <paramref name="offset"/> of <see cref="Text"/>, if known.</summary>
    public int? LineAt(int offset)
    {
        // Binary search for the last line starting at or before the offset.
        var (low, high, found) = (0, lineStarts.Count - 1, -1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (lineStarts[middle].Offset <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found >= 0 && lineStarts[found].Line > 0 ? lineStarts[found].Line : null;
    }
}
