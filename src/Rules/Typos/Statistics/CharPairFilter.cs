using System.Numerics;
using System.Runtime.CompilerServices;

namespace ComplianceFns.Rules.Typos.Statistics;

/// <summary>
/// The character pairs that stand next to each other inside some dictionary word (300k of them), as two sets of small
/// per-character Bloom filters: one per first character (over its right neighbours) and one per second character (over
/// its left neighbours), each sized to ≥ 16 bits per neighbour. A span holding a pair the filter rejects cannot be a
/// word, so the layers skip its trie steps. The layers ask about many confusables next to one fixed neighbour, and
/// that neighbour's filter is a few cache lines, so the questions about one position hit memory that is already in
/// cache (a single 2 MB filter over all pairs missed the cache on nearly every question). False positives only cost
/// the steps that would have happened anyway; false negatives cannot occur. Immutable; thread-safe.
/// </summary>
internal sealed class CharPairFilter
{
    private const int BitsPerNeighbour = 16;
    private const int MinRegionBits = 6; // one 64-bit word

    private readonly Side _byFirst;
    private readonly Side _bySecond;

    /// <summary>
    /// Builds the filter from pairs packed as <c>first &lt;&lt; 16 | second</c> (any order, duplicates allowed). The
    /// array is reused as scratch: sorted, then swapped to <c>second &lt;&lt; 16 | first</c> and sorted again.
    /// </summary>
    public CharPairFilter(int[] pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        Array.Sort(pairs);
        _byFirst = new Side(pairs);
        for (var i = 0; i < pairs.Length; i++)
        {
            pairs[i] = (int)((uint)pairs[i] << 16 | (uint)pairs[i] >> 16);
        }
        Array.Sort(pairs);
        _bySecond = new Side(pairs);
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

        /// <summary>From pairs packed as key character &lt;&lt; 16 | neighbour, sorted.</summary>
        public Side(int[] keys)
        {
            // Distinct neighbours per key character, then a power-of-two region for each.
            var neighbours = new int[char.MaxValue + 1];
            for (var i = 0; i < keys.Length; i++)
            {
                if (i == 0 || keys[i] != keys[i - 1])
                {
                    neighbours[(ushort)(keys[i] >> 16)]++;
                }
            }
            var words = 1; // the shared empty region
            Array.Fill(_shift, (byte)(32 - MinRegionBits));
            for (var c = 0; c <= char.MaxValue; c++)
            {
                if (neighbours[c] == 0)
                {
                    continue;
                }
                var bits = Math.Max(MinRegionBits, BitOperations.Log2(BitOperations.RoundUpToPowerOf2((uint)(neighbours[c] * BitsPerNeighbour))));
                _offset[c] = words;
                _shift[c] = (byte)(32 - bits);
                words += 1 << (bits - 6);
            }
            _bits = new ulong[words];
            foreach (var key in keys)
            {
                var bit = Bit((char)(key >> 16), (char)key);
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
