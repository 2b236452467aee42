using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Typos.Matching;

namespace ComplianceFns.Rules.Typos.Curated;

/// <summary>
/// Every one-character slip of every serious entry (substitution by any character, insertion, doubling, deletion,
/// swap), found by anchor and verify: one automaton holds two complementary parts of each entry (its first and last
/// halves; for a 3-character entry its first two and last two characters), and each anchor occurrence is checked
/// against the entry with one edit (<see cref="OneEditAligner"/>), then against its context (<see cref="SlipGuard"/>).
/// Compact (two patterns per entry) and built once; thread-safe.
/// </summary>
public sealed class SeriousFamilyMatcher
{
    /// <summary>Entries shorter than this have no family (two characters slip into ordinary words).</summary>
    public const int MinEntryLength = 3;

    private static readonly Lazy<SeriousFamilyMatcher> Shared = new(() => new SeriousFamilyMatcher(SeriousEntry.All), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly AhoCorasick<Anchor> _anchors;

    public SeriousFamilyMatcher(IEnumerable<SeriousEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var patterns = new List<KeyValuePair<string, Anchor>>();
        foreach (var entry in entries.Where(e => e.Text.Length >= MinEntryLength).DistinctBy(e => e.Text))
        {
            var (first, last) = AnchorLengths(entry.Text.Length);
            patterns.Add(new(entry.Text[..first], new Anchor(entry, first, Forward: true)));
            patterns.Add(new(entry.Text[^last..], new Anchor(entry, last, Forward: false)));
        }

        _anchors = new AhoCorasick<Anchor>(patterns);
    }

    /// <summary>The matcher of the curated serious lists.</summary>
    public static SeriousFamilyMatcher Default => Shared.Value;

    /// <summary>
    /// Adds a serious hit for each slip in <paramref name="text"/> that <paramref name="isCovered"/> (a correct entry or
    /// real phrase around it) does not excuse.
    /// </summary>
    public void Detect(string text, Func<int, int, bool> isCovered, List<TypoHit> hits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(isCovered);
        ArgumentNullException.ThrowIfNull(hits);
        HashSet<(int, int)>? reported = null;
        foreach (var match in _anchors.FindAll(text))
        {
            var anchor = match.Value;
            var entry = anchor.Entry.Text;
            if (OneEditAligner.Align(text, entry, match.Start, anchor.Length, anchor.Forward) is not { } slip
                || isCovered(slip.Start, slip.End)
                || (slip.Kind != SlipKind.Deletion && isCovered(slip.TextIndex, slip.TextIndex + 1))
                || !SlipGuard.Accepts(text, entry, slip)
                || !(reported ??= []).Add((slip.Start, slip.End)))
            {
                continue;
            }

            var written = text[slip.Start..slip.End];
            hits.Add(new TypoHit(slip.Start, slip.End, written, entry, anchor.Entry.RuleId, Severity.Serious,
                anchor.Entry.Reason(written, Describe(text, entry, slip))));
        }
    }

    /// <summary>Anchor lengths: halves that leave no gap (n ≥ 4), or the first two and last two characters (n = 3).</summary>
    internal static (int First, int Last) AnchorLengths(int length) => length <= 3 ? (2, 2) : (length / 2, length - length / 2);

    private static string Describe(string text, string entry, Slip slip) => slip.Kind switch
    {
        SlipKind.Substitution => $"“{entry[slip.EntryIndex]}”误写为“{text[slip.TextIndex]}”",
        SlipKind.Insertion => $"多了“{text[slip.TextIndex]}”字",
        SlipKind.Doubling => $"“{text[slip.TextIndex]}”字重复",
        SlipKind.Deletion => $"漏了“{entry[slip.EntryIndex]}”字",
        SlipKind.Transposition => "两字顺序颠倒",
        _ => "写错",
    };

    private sealed record Anchor(SeriousEntry Entry, int Length, bool Forward);
}
