namespace ComplianceFns.Rules.Reports.Text;

/// <summary>
/// Edit distances for label and title typos, as optimal string alignment (substitutions, insertions, deletions and
/// adjacent transpositions each count once): bounded for the reader's label matching, unbounded for the checks that
/// name a garbled title or label.
/// </summary>
internal static class EditDistance
{
    /// <summary>The distance, or max + 1 when it exceeds <paramref name="max"/>.</summary>
    public static int Within(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        // Each character of a that b lacks costs at least one edit: a cheap bound before the table.
        var missing = 0;
        foreach (var c in a)
        {
            if (b.IndexOf(c) < 0 && ++missing > max)
            {
                return max + 1;
            }
        }

        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    // Two neighbours swapped ("年报度告") are one slip, as in Between.
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
                }

                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return Math.Min(previous[b.Length], max + 1);
    }

    /// <summary>How many edits a label of this length may carry and still be recognised (short labels must be exact).</summary>
    public static int Tolerance(int canonicalLength) => canonicalLength >= 6 ? 2 : canonicalLength >= 4 ? 1 : 0;

    /// <summary>
    /// The stretch of <paramref name="text"/> closest to <paramref name="phrase"/> among those one character shorter,
    /// as long, or one longer (a deleted, substituted or transposed, inserted or doubled character), if within
    /// <paramref name="max"/> edits; the earliest of equally close ones.
    /// </summary>
    public static (int Start, int Length, int Distance)? BestWindow(string text, string phrase, int max)
    {
        (int, int, int)? best = null;
        var bestDistance = max + 1;
        for (var length = phrase.Length - 1; length <= phrase.Length + 1; length++)
        {
            for (var start = 0; start + length <= text.Length; start++)
            {
                var distance = Within(text.Substring(start, length), phrase, max);
                if (distance < bestDistance)
                {
                    (best, bestDistance) = ((start, length, distance), distance);
                }
            }
        }

        return best;
    }

    /// <summary>Optimal string alignment distance: substitutions, insertions, deletions and adjacent transpositions.</summary>
    public static int Between(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
