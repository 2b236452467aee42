namespace ComplianceFns.Rules.Typos.Detection;

/// <summary>
/// Merges the layers' hits: identical hits once, no overlaps (the more serious hit wins, then the longer, then the
/// earlier), ordered by start.
/// </summary>
public static class HitMerger
{
    public static List<TypoHit> Merge(IEnumerable<TypoHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        var ranked = hits.Where(h => h.End > h.Start)
            .OrderByDescending(h => h.Severity)
            .ThenByDescending(h => h.End - h.Start)
            .ThenBy(h => h.Start)
            .ThenBy(h => h.RuleId, StringComparer.Ordinal);
        var accepted = new SortedList<int, TypoHit>();
        foreach (var hit in ranked)
        {
            if (!Overlaps(accepted, hit))
            {
                accepted.Add(hit.Start, hit);
            }
        }

        return accepted.Values.ToList();
    }

    private static bool Overlaps(SortedList<int, TypoHit> accepted, TypoHit hit)
    {
        // Accepted hits never overlap, so only the nearest one starting before and the nearest one starting at or after matter.
        var keys = accepted.Keys;
        int lo = 0, hi = keys.Count - 1, firstAtOrAfter = keys.Count;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (keys[mid] >= hit.Start)
            {
                firstAtOrAfter = mid;
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }

        if (firstAtOrAfter < keys.Count && accepted.Values[firstAtOrAfter].Start < hit.End)
        {
            return true;
        }

        return firstAtOrAfter > 0 && accepted.Values[firstAtOrAfter - 1].End > hit.Start;
    }
}
