namespace ComplianceFns.Rules.Typos.Statistics;

/// <summary>
/// A one-hash Bloom filter of the character pairs that stand next to each other inside some dictionary word. A span
/// holding a pair the filter rejects cannot be a word, so the layer skips its dictionary lookups: a bit test in a
/// 2 MB array costs far less than hashing and probing the 500k-entry word table for each of a character's ~30
/// confusables. False positives only cost the lookup that would have happened anyway; false negatives cannot occur.
/// </summary>
internal sealed class CharPairFilter
{
    private const int HashBits = 24;

    private readonly ulong[] _bits = new ulong[(1 << HashBits) / 64];

    public void Add(char first, char second)
    {
        var slot = Slot(first, second);
        _bits[slot >> 6] |= 1UL << (int)(slot & 63);
    }

    /// <summary>False when no dictionary word has <paramref name="first"/> directly followed by <paramref name="second"/>.</summary>
    public bool MayContain(char first, char second)
    {
        var slot = Slot(first, second);
        return (_bits[slot >> 6] & (1UL << (int)(slot & 63))) != 0;
    }

    // Fibonacci hashing: the multiply spreads both characters over the top bits, which become the slot.
    private static uint Slot(char first, char second) => ((uint)first << 16 | second) * 0x9E3779B1u >> (32 - HashBits);
}
