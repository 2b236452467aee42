using System.Collections.Concurrent;
using ComplianceFns.Rules.Typos.Matching;

namespace ComplianceFns.Rules.Typos.Curated;

/// <summary>
/// One Aho–Corasick pass over the curated dictionary (and the organ's own name): reports wrong forms that no
/// canonical entry or real phrase covers. A near-miss made by dropping an edge character would otherwise fire inside
/// the correct entry, and 题高 inside 问题高发.
/// </summary>
public sealed class DictionaryRule : ITypoLayer
{
    private const int OwnOrganCacheLimit = 1024;
    private static readonly ConcurrentDictionary<string, AhoCorasick<CuratedPattern>> OwnOrganAutomata = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, SeriousFamilyMatcher> OwnOrganFamilies = new(StringComparer.Ordinal);

    public void Detect(string text, TypoContext context, List<TypoHit> hits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(hits);
        // One list per thread, reused: a page holds thousands of matches of correct entries, and growing a new list
        // for every page cost a seventh of the detector's time.
        var matches = t_matches ??= new List<AhoCorasickMatch<CuratedPattern>>(1024);
        matches.Clear();
        CuratedLexicon.Automaton.FindAll(text, matches);
        var organ = context.OrganName?.Trim();
        if (!string.IsNullOrEmpty(organ) && organ.Length >= 3)
        {
            OwnOrganFor(organ).FindAll(text, matches);
        }

        var guardCount = 0;
        foreach (var match in matches)
        {
            guardCount += match.Value.Kind != CuratedPatternKind.Wrong ? 1 : 0;
        }
        var guards = new (int Start, int End)[guardCount];
        guardCount = 0;
        foreach (var match in matches)
        {
            if (match.Value.Kind != CuratedPatternKind.Wrong)
            {
                guards[guardCount++] = (match.Start, match.End);
            }
        }
        // Among equal starts the order does not matter: coverage reads the running maximum of the ends.
        Array.Sort(guards, static (a, b) => a.Start.CompareTo(b.Start));
        // Running maximum of guard ends by start: a span is covered when some guard starting at or before it ends after it.
        var maxEnd = new int[guards.Length];
        for (var i = 0; i < guards.Length; i++)
        {
            maxEnd[i] = Math.Max(guards[i].End, i > 0 ? maxEnd[i - 1] : 0);
        }

        // Every one-character slip of the serious entries, excused by the same correct entries and real phrases. A
        // family hit says which slip it is, so it replaces an enumerated near-miss over the same span.
        bool Covered(int start, int end) => IsCovered(guards, maxEnd, start, end);
        var family = new List<TypoHit>();
        SeriousFamilyMatcher.Default.Detect(text, Covered, family);
        if (!string.IsNullOrEmpty(organ) && organ.Length >= SeriousFamilyMatcher.MinEntryLength)
        {
            OwnOrganFamilyFor(organ).Detect(text, Covered, family);
        }

        var familySpans = family.Select(h => (h.Start, h.End)).ToHashSet();
        foreach (var match in matches)
        {
            if (match.Value.Kind != CuratedPatternKind.Wrong || IsCovered(guards, maxEnd, match.Start, match.End)
                || familySpans.Contains((match.Start, match.End)))
            {
                continue;
            }

            var pattern = match.Value;
            hits.Add(new TypoHit(match.Start, match.End, text[match.Start..match.End], pattern.Suggestion, pattern.RuleId, pattern.Severity, pattern.Reason));
        }

        hits.AddRange(family);
        if (matches.Capacity > MaxKeptMatches)
        {
            t_matches = null; // a huge page does not pin its list for the thread's lifetime
        }
    }

    private const int MaxKeptMatches = 1 << 16;

    [ThreadStatic]
    private static List<AhoCorasickMatch<CuratedPattern>>? t_matches;

    private static SeriousFamilyMatcher OwnOrganFamilyFor(string organ)
    {
        if (OwnOrganFamilies.Count > OwnOrganCacheLimit)
        {
            OwnOrganFamilies.Clear();
        }

        return OwnOrganFamilies.GetOrAdd(organ, static o => new SeriousFamilyMatcher([SeriousEntry.OwnOrgan(o)]));
    }

    private static bool IsCovered((int Start, int End)[] guards, int[] maxEnd, int start, int end)
    {
        // Last guard whose start is <= start.
        int lo = 0, hi = guards.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (guards[mid].Start <= start)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 && maxEnd[found] >= end;
    }

    private static AhoCorasick<CuratedPattern> OwnOrganFor(string organ)
    {
        if (OwnOrganAutomata.Count > OwnOrganCacheLimit)
        {
            OwnOrganAutomata.Clear();
        }

        return OwnOrganAutomata.GetOrAdd(organ, CuratedLexicon.BuildOwnOrgan);
    }
}
