namespace ComplianceFns.Rules.Reports.Checking.Narrative;

/// <summary>
/// The prose of the preamble (section 0) or of one section, with table lines removed, and the report line each
/// prose line came from.
/// </summary>
public sealed class NarrativeBlock(int section, string text, IReadOnlyList<(int Offset, int Line)> lineStarts)
{
    /// <summary>0 for the preamble, 1–6 for the sections.</summary>
    public int Section { get; } = section;

    public string Text { get; } = text;

    /// <summary>The 1-based report line holding <paramref name="offset"/> of <see cref="Text"/>, if known.</summary>
    public int? LineAt(int offset)
    {
        int? line = null;
        foreach (var (start, l) in lineStarts)
        {
            if (start > offset)
            {
                break;
            }

            line = l;
        }

        return line is > 0 ? line : null;
    }
}
