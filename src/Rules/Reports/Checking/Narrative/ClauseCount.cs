using ComplianceFns.Rules.Reports.Text;

namespace ComplianceFns.Rules.Reports.Checking.Narrative;

/// <summary>
/// An exact count of the prose with the words before it: its clause (<see cref="Prefix"/>) and, when the clause lists
/// several counts with '、', only the words since the previous count (<see cref="Segment"/>), whose verb is the one
/// that tells what the count is ("收到申请174件、办结172件": 172 is 办结's).
/// </summary>
internal sealed class ClauseCount(NarrativeBlock block, ProseNumber number, int clauseStart, int segmentStart)
{
    public NarrativeBlock Block { get; } = block;

    public ProseNumber Number { get; } = number;

    public int ClauseStart { get; } = clauseStart;

    public int SegmentStart { get; } = segmentStart;

    /// <summary>The clause's words before the number.</summary>
    public string Prefix => Block.Text[ClauseStart..Number.Offset];

    /// <summary>The words before the number since the previous count of the same clause.</summary>
    public string Segment => Block.Text[SegmentStart..Number.Offset];

    /// <summary>True when the clause opens with <paramref name="word"/> ("其中…": a part, not a total).</summary>
    public bool OpensWith(string word) => Prefix.TrimStart().StartsWith(word, StringComparison.Ordinal);

    /// <summary>The words from <paramref name="start"/> to the number's unit, at most a bounded lead.</summary>
    public string QuoteFrom(int start) => ProseClauses.Bounded(Block.Text, start, Number.Offset, Number.End);
}
