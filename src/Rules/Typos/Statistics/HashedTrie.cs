using System.Numerics;
using System.Runtime.CompilerServices;

namespace ComplianceFns.Rules.Typos.Statistics;

/// <summary>
/// A character trie stored as one open-addressing table of 64-bit slots: a node <em>is</em> the slot holding its
/// (parent node, character) key, and the same 64 bits carry the node's value. Walking one character further is one
/// multiply and (almost always) one cache line, so a scan that extends a span character by character never hashes a
/// whole span, and 500k nodes take 8 MB without a single string. The root's children are also kept in a direct table.
/// Slot layout: bits 0–15 the character, 16–37 the parent node + 1 (0 for the root), 38–63 the 26-bit value.
/// An all-zero slot is empty, so the character U+0000 cannot start a key. Immutable once built; thread-safe to read.
/// </summary>
internal sealed class HashedTrie
{
    /// <summary>The root node (the empty prefix); it has no slot and no value.</summary>
    public const int Root = -1;

    /// <summary>Values are 26-bit unsigned.</summary>
    public const int MaxValue = (1 << ValueBits) - 1;

    private const int ParentShift = 16;
    private const int ValueShift = 38;
    private const int ValueBits = 64 - ValueShift;
    private const ulong KeyMask = (1UL << ValueShift) - 1;
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private const int MaxCapacityBits = 21; // the parent + 1 must fit in 22 bits

    private readonly ulong[] _slots;
    private readonly int _mask;
    private readonly int _shift;

    // Node + 1 of each character's root child (0: none): the first step of every walk is an array read.
    private readonly int[] _rootChildren = new int[char.MaxValue + 1];

    /// <summary>An empty trie with room for <paramref name="capacityBits"/>² slots (keep the load under ~0.7).</summary>
    public HashedTrie(int capacityBits)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(capacityBits, MaxCapacityBits);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacityBits, 4);
        _slots = new ulong[1 << capacityBits];
        _mask = _slots.Length - 1;
        _shift = 64 - capacityBits;
    }

    /// <summary>Number of slots.</summary>
    public int Capacity => _slots.Length;

    /// <summary>Number of nodes (the root not counted).</summary>
    public int NodeCount { get; private set; }

    /// <summary>The capacity (in bits) that keeps up to <paramref name="nodes"/> nodes at a load of at most 0.7.</summary>
    public static int CapacityBitsFor(int nodes) =>
        Math.Max(4, BitOperations.Log2(BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, (long)nodes * 10 / 7 + 1))));

    /// <summary>The child of <paramref name="node"/> by <paramref name="character"/>, or −1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Child(int node, char character)
    {
        if (node < 0)
        {
            return _rootChildren[character] - 1;
        }
        var key = ((ulong)(uint)(node + 1) << ParentShift) | character;
        var slots = _slots;
        var index = (int)((key * Golden) >> _shift);
        while (true)
        {
            var slot = slots[index];
            if ((slot & KeyMask) == key)
            {
                return index;
            }
            if (slot == 0)
            {
                return -1;
            }
            index = (index + 1) & _mask;
        }
    }

    /// <summary>The node reached from the root by <paramref name="text"/>, or −1.</summary>
    public int Find(ReadOnlySpan<char> text)
    {
        var node = Root;
        foreach (var character in text)
        {
            node = Child(node, character);
            if (node < 0)
            {
                return -1;
            }
        }
        return node;
    }

    /// <summary>The value of <paramref name="node"/> (0 until set).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ValueOf(int node) => (int)(_slots[node] >> ValueShift);

    /// <summary>The sum of <c>value &amp; <paramref name="mask"/></c> over all nodes, and how many nodes it is non-zero for.</summary>
    public (long Sum, int NonZero) SumOfValues(int mask)
    {
        long sum = 0;
        var nonZero = 0;
        foreach (var slot in _slots)
        {
            var value = (int)(slot >> ValueShift) & mask;
            sum += value;
            nonZero += value != 0 ? 1 : 0;
        }
        return (sum, nonZero);
    }

    /// <summary>Adds the path of <paramref name="text"/> (not empty, no U+0000 first) and returns its last node, or −1 when the table is too full.</summary>
    public int Add(ReadOnlySpan<char> text)
    {
        var node = Root;
        foreach (var character in text)
        {
            var child = Child(node, character);
            if (child < 0)
            {
                if (NodeCount + 1 > (long)_slots.Length * 7 / 10)
                {
                    return -1;
                }
                child = Insert(node, character);
            }
            node = child;
        }
        return node;
    }

    /// <summary>Sets the value of <paramref name="node"/> (0 to <see cref="MaxValue"/>).</summary>
    public void SetValue(int node, int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxValue);
        _slots[node] = (_slots[node] & KeyMask) | ((ulong)value << ValueShift);
    }

    private int Insert(int parent, char character)
    {
        var key = ((ulong)(uint)(parent + 1) << ParentShift) | character;
        if (key == 0)
        {
            throw new ArgumentException("U+0000 cannot start a key of the trie.", nameof(character));
        }
        var index = (int)((key * Golden) >> _shift);
        while (_slots[index] != 0)
        {
            index = (index + 1) & _mask;
        }
        _slots[index] = key;
        NodeCount++;
        if (parent < 0)
        {
            _rootChildren[character] = index + 1;
        }
        return index;
    }
}
