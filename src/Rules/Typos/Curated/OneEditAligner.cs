namespace ComplianceFns.Rules.Typos.Curated;

/// <summary>The kind of a one-character slip.</summary>
public enum SlipKind
{
    /// <summary>One character written as another (国务圆).</summary>
    Substitution,

    /// <summary>One character too many (乡村全振兴); a doubled one is <see cref="Doubling"/>.</summary>
    Insertion,

    /// <summary>One character of the entry typed twice (乡乡村振兴, 生态文明明).</summary>
    Doubling,

    /// <summary>One character left out (人政府, 乡村兴).</summary>
    Deletion,

    /// <summary>Two neighbouring characters swapped (高质发量展).</summary>
    Transposition,
}

/// <summary>
/// One slip of an entry found in a text: the span it covers, its kind, the text position of the changed character
/// (for a deletion, the character after the gap, which may lie just outside the span), and the
/// entry index of the changed or missing character.
/// </summary>
public readonly record struct Slip(int Start, int End, SlipKind Kind, int TextIndex, int EntryIndex);

/// <summary>
/// Finds the one-edit slip of an entry next to an exact anchor: with the entry's first part matched at a text
/// position, the rest is compared forward; with its last part matched, the rest is compared backward. Every single
/// substitution, insertion, deletion or doubling leaves one of two complementary parts intact, so the two anchors
/// together find any of them; a swap across the parts' boundary breaks both and is left to the enumerated
/// near-misses. Pure.
/// </summary>
public static class OneEditAligner
{
    /// <summary>
    /// The slip, if any, of <paramref name="entry"/> whose part <c>entry[..anchorLength]</c> (forward) or
    /// <c>entry[^anchorLength..]</c> (backward) stands in <paramref name="text"/> at <paramref name="anchorStart"/>.
    /// An exact occurrence is no slip, except that a doubled edge character right after it (forward) or before it
    /// (backward) is.
    /// </summary>
    public static Slip? Align(string text, string entry, int anchorStart, int anchorLength, bool forward)
    {
        var dir = forward ? 1 : -1;
        var i = forward ? anchorLength : entry.Length - anchorLength - 1;
        var t = forward ? anchorStart + anchorLength : anchorStart - 1;
        var outer = forward ? anchorStart : anchorStart + anchorLength; // the anchored end of the span (start or exclusive end)
        while (Remaining(entry, i, dir) > 0 && InText(text, t) && text[t] == entry[i])
        {
            i += dir;
            t += dir;
        }

        var r = Remaining(entry, i, dir);
        if (r == 0)
        {
            // The whole entry matched: only a doubled edge character can still be a slip.
            var edge = i - dir;
            return InText(text, t) && text[t] == entry[edge] ? Make(outer, t, dir, SlipKind.Doubling, t, edge) : null;
        }

        if (r >= 2 && InText(text, t + dir) && text[t] == entry[i + dir] && text[t + dir] == entry[i]
            && Matches(text, t + 2 * dir, entry, i + 2 * dir, r - 2, dir))
        {
            return Make(outer, t + (r - 1) * dir, dir, SlipKind.Transposition, t, i);
        }

        if (InText(text, t) && text[t] == entry[i - dir] && Matches(text, t + dir, entry, i, r, dir))
        {
            return Make(outer, t + r * dir, dir, SlipKind.Doubling, t, i - dir);
        }

        if (InText(text, t) && Matches(text, t + dir, entry, i + dir, r - 1, dir))
        {
            return Make(outer, t + (r - 1) * dir, dir, SlipKind.Substitution, t, i);
        }

        if (InText(text, t) && Matches(text, t + dir, entry, i, r, dir))
        {
            return Make(outer, t + r * dir, dir, SlipKind.Insertion, t, i);
        }

        if (Matches(text, t, entry, i + dir, r - 1, dir))
        {
            // The last text character of the span is the one before t + (r - 1) * dir.
            return Make(outer, t + (r - 2) * dir, dir, SlipKind.Deletion, forward ? t : t + 1, i);
        }

        return null;
    }

    private static int Remaining(string entry, int i, int dir) => dir > 0 ? entry.Length - i : i + 1;

    private static bool InText(string text, int t) => t >= 0 && t < text.Length;

    private static bool Matches(string text, int t, string entry, int i, int count, int dir)
    {
        for (var k = 0; k < count; k++, t += dir, i += dir)
        {
            if (!InText(text, t) || text[t] != entry[i])
            {
                return false;
            }
        }

        return true;
    }

    // outer: the anchored side (start when forward, exclusive end when backward); last: the last text index of the span
    // in the walking direction.
    private static Slip Make(int outer, int last, int dir, SlipKind kind, int textIndex, int entryIndex) =>
        dir > 0
            ? new Slip(outer, last + 1, kind, textIndex, entryIndex)
            : new Slip(last, outer, kind, textIndex, entryIndex);
}
