using System.Numerics;
using System.Runtime.CompilerServices;

namespace ComplianceFns.Rules.Typos.Statistics;

/// <summary>
/// The character pairs that stand next to each other inside some dictionary word (300k of them), as two sets of small
/// per-character Bloom filters: one per first character (over its right neighbours) and one per second character (over
/// its left neighbours), each sized to ≥ 8 bits per occurrence of the character in a pair (about 15 per distinct
/// neighbour, as most pairs occur in about two words). A span holding a pair the filter rejects cannot be a
/// word, so the layers skip its trie steps. The layers ask about many confusables next to one fixed neighbour, and
/// that neighbour's filter is a few cache lines, so the questions about one position hit memory that is already in
/// cache (a single 2 MB filter over all pairs missed the cache on nearly every question). False positives only cost
/// the steps that would have happened anyway; false negatives cannot occur. Immutable; thread-safe.
/// </summary>
internal sealed class CharPairFilter
{
    private const int BitsPerOccurrence = 8;
    private const int MinRegionBits = 6; // one 64-bit word

    private readonly Side _byFirst;
    private readonly Side _bySecond;

    /// <summary>Builds the filter from pairs packed as <c>first &lt;&lt; 16 | second</c> (any order, duplicates allowed).</summary>
    public CharPairFilter(int[] pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        _byFirst = new Side(pairs, byFirst: true);
        _bySecond = new Side(pairs, byFirst: false);
    }

    /// <summary>False when no word has <paramref name="first"/> directly followed by <paramref name="second"/> (asked with the first fixed).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(char first, char second) => _byFirst.MayContain(first, second);

    /// <summary>The same answer as <see cref="MayContain"/>, from the filter of <paramref name="second"/>: cheaper when the second is fixed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContainGivenSecond(char first, char second) => _bySecond.MayContain(second, first);

    /// <summary>The filters of one side: region of each key character, and the bit of each neighbour inside it.</summary>
    private sealed class Side
    {
        // Word offset of each key character's region; characters without neighbours share the empty region at 0.
        private readonly int[] _offset = new int[char.MaxValue + 1];
        private readonly byte[] _shift = new byte[char.MaxValue + 1];
        private readonly ulong[] _bits;

        /// <summary>From pairs packed as first &lt;&lt; 16 | second, keyed by the first or by the second character.</summary>
        public Side(int[] pairs, bool byFirst)
        {
            // Occurrences per key character, then a power-of-two region for each (no sort: duplicates only widen it).
            var neighbours = new int[char.MaxValue + 1];
            foreach (var pair in pairs)
            {
                neighbours[byFirst ? (ushort)(pair >> 16) : (ushort)pair]++;
            }
            var words = 1; // the shared empty region
            Array.Fill(_shift, (byte)(32 - MinRegionBits));
            for (var c = 0; c <= char.MaxValue; c++)
            {
                if (neighbours[c] == 0)
                {
                    continue;
                }
                var bits = Math.Max(MinRegionBits, BitOperations.Log2(BitOperations.RoundUpToPowerOf2((uint)(neighbours[c] * BitsPerOccurrence))));
                _offset[c] = words;
                _shift[c] = (byte)(32 - bits);
                words += 1 << (bits - 6);
            }
            _bits = new ulong[words];
            foreach (var pair in pairs)
            {
                var bit = byFirst ? Bit((char)(pair >> 16), (char)pair) : Bit((char)pair, (char)(pair >> 16));
                _bits[bit >> 6] |= 1UL << (int)(bit & 63);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MayContain(char key, char neighbour)
        {
            var bit = Bit(key, neighbour);
            return (_bits[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
        }

        // Fibonacci hashing of the neighbour picks a bit inside the key character's region.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private long Bit(char key, char neighbour) =>
            ((long)_offset[key] << 6) + ((uint)(neighbour + 1) * 0x9E3779B1u >> _shift[key]);
    }
}
