using System.Numerics;
using System.Runtime.CompilerServices;

namespace ComplianceFns.Rules.Typos.Matching;

/// <summary>
/// Aho–Corasick automaton over UTF-16 code units (ordinal): finds every occurrence of every pattern in one pass.
/// Immutable after construction, so one instance is safely shared by all threads.
/// </summary>
/// <remarks>
/// Built for ~100k patterns in well under a second and ~16 MB: every transition is one 64-bit slot of an
/// open-addressing table (bits 0–15 the character, 16–39 the state + 1, 40–63 the next state), the per-state data are
/// flat arrays, and a large automaton also gets a direct table of the root's transitions (most characters of a page
/// leave the root at once). A small one (an organ's own name, a site's terms) stays a few kilobytes. Failure
/// links are computed level by level from parent links, so no per-state child lists exist even while building.
/// </remarks>
public sealed class AhoCorasick<TValue>
{
    private const int StateBits = 24;
    private const int StateShift = 16;
    private const int NextShift = StateShift + StateBits;
    private const ulong KeyMask = (1UL << NextShift) - 1;
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>Root transitions from which the direct root table pays for its 256 KB.</summary>
    private const int RootTableMinTransitions = 256;

    // Next state from the root by each character (0: stay at the root); null for a small automaton.
    private readonly int[]? _rootNext;
    private int _rootTransitions;
    private ulong[] _transitions = new ulong[1 << 10];
    private int _transitionCount;
    private int _shift = 64 - 10;

    private readonly int[] _failure;
    private readonly int[] _depth;
    // Nearest state on the failure chain that ends a pattern, or -1: reporting walks only states with output.
    private readonly int[] _outputLink;
    // Values of state s: _values[_valueStart[s] .. _valueStart[s + 1]], in the order the patterns came.
    private readonly int[] _valueStart;
    private readonly TValue[] _values;

    public AhoCorasick(IEnumerable<KeyValuePair<string, TValue>> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        var parent = new GrowableInts();
        var label = new GrowableInts();
        var depth = new GrowableInts();
        parent.Add(-1);
        label.Add(0);
        depth.Add(0);
        // Each state's values as a linked list through the pattern order: first, last, and next per value.
        var firstValue = new GrowableInts();
        var lastValue = new GrowableInts();
        firstValue.Add(-1);
        lastValue.Add(-1);
        var nextValue = new GrowableInts();
        var values = new List<TValue>();
        foreach (var (pattern, value) in patterns)
        {
            if (string.IsNullOrEmpty(pattern))
            {
                continue;
            }

            var state = 0;
            foreach (var c in pattern)
            {
                var next = Next(state, c);
                if (next == 0)
                {
                    next = depth.Count;
                    parent.Add(state);
                    label.Add(c);
                    depth.Add(depth[state] + 1);
                    firstValue.Add(-1);
                    lastValue.Add(-1);
                    AddTransition(state, c, next);
                }

                state = next;
            }

            var index = values.Count;
            values.Add(value);
            nextValue.Add(-1);
            if (lastValue[state] < 0)
            {
                firstValue[state] = index;
            }
            else
            {
                nextValue[lastValue[state]] = index;
            }
            lastValue[state] = index;
        }

        var count = depth.Count;
        _depth = depth.ToArray();
        _valueStart = new int[count + 1];
        _values = new TValue[values.Count];
        var filled = 0;
        for (var state = 0; state < count; state++)
        {
            _valueStart[state] = filled;
            for (var v = firstValue[state]; v >= 0; v = nextValue[v])
            {
                _values[filled++] = values[v];
            }
        }
        _valueStart[count] = filled;
        if (_rootTransitions >= RootTableMinTransitions)
        {
            var rootNext = new int[char.MaxValue + 1];
            for (var c = 0; c <= char.MaxValue; c++)
            {
                rootNext[c] = Next(0, (char)c);
            }
            _rootNext = rootNext;
        }

        _failure = new int[count];
        _outputLink = new int[count];
        _outputLink[0] = -1;
        foreach (var state in ByDepth(_depth))
        {
            if (_depth[state] == 1)
            {
                _failure[state] = 0;
                _outputLink[state] = -1;
                continue;
            }

            // A state's failure is the longest proper suffix of its text that is a state: extend the parent's.
            var c = (char)label[state];
            var fallback = _failure[parent[state]];
            int target;
            while ((target = Next(fallback, c)) == 0 && fallback != 0)
            {
                fallback = _failure[fallback];
            }

            _failure[state] = target;
            _outputLink[state] = HasValues(target) ? target : _outputLink[target];
        }

        PatternCount = _values.Length;
    }

    /// <summary>How many (pattern, value) pairs the automaton holds.</summary>
    public int PatternCount { get; }

    /// <summary>Every occurrence in <paramref name="text"/>, ordered by end offset, then longest first.</summary>
    public List<AhoCorasickMatch<TValue>> FindAll(string text)
    {
        var matches = new List<AhoCorasickMatch<TValue>>();
        FindAll(text, matches);
        return matches;
    }

    /// <summary>Adds every occurrence in <paramref name="text"/> to <paramref name="matches"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void FindAll(string text, List<AhoCorasickMatch<TValue>> matches)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(matches);
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            int next;
            while ((next = Next(state, c)) == 0 && state != 0)
            {
                state = _failure[state];
            }

            state = next;
            if (state == 0)
            {
                continue;
            }

            for (var output = HasValues(state) ? state : _outputLink[state]; output > 0; output = _outputLink[output])
            {
                var start = i + 1 - _depth[output];
                for (var v = _valueStart[output]; v < _valueStart[output + 1]; v++)
                {
                    matches.Add(new AhoCorasickMatch<TValue>(start, i + 1, _values[v]));
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool HasValues(int state) => _valueStart[state + 1] > _valueStart[state];

    /// <summary>The state reached from <paramref name="state"/> by <paramref name="c"/>, or 0 when there is no transition.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Next(int state, char c)
    {
        if (state == 0 && _rootNext is { } rootNext)
        {
            return rootNext[c];
        }

        var key = ((ulong)(uint)(state + 1) << StateShift) | c;
        var table = _transitions;
        var mask = table.Length - 1;
        var index = (int)((key * Golden) >> _shift);
        while (true)
        {
            var slot = table[index];
            if ((slot & KeyMask) == key)
            {
                return (int)(slot >> NextShift);
            }

            if (slot == 0)
            {
                return 0;
            }

            index = (index + 1) & mask;
        }
    }

    private void AddTransition(int state, char c, int next)
    {
        if (next >= (1 << StateBits) - 1)
        {
            throw new InvalidOperationException($"An Aho–Corasick automaton holds at most {(1 << StateBits) - 1} states.");
        }

        if (state == 0)
        {
            _rootTransitions++;
        }

        if ((_transitionCount + 1) * 10L > _transitions.Length * 6L)
        {
            Grow();
        }

        Place(_transitions, _shift, ((ulong)(uint)(state + 1) << StateShift) | c | ((ulong)next << NextShift));
        _transitionCount++;
    }

    private void Grow()
    {
        var bits = BitOperations.Log2((uint)_transitions.Length) + 1;
        var table = new ulong[1 << bits];
        foreach (var slot in _transitions)
        {
            if (slot != 0)
            {
                Place(table, 64 - bits, slot);
            }
        }

        _transitions = table;
        _shift = 64 - bits;
    }

    private static void Place(ulong[] table, int shift, ulong slot)
    {
        var mask = table.Length - 1;
        var index = (int)(((slot & KeyMask) * Golden) >> shift);
        while (table[index] != 0)
        {
            index = (index + 1) & mask;
        }

        table[index] = slot;
    }

    /// <summary>The states ordered by depth (a counting sort), so every state comes after its parent and its failure.</summary>
    private static int[] ByDepth(int[] depth)
    {
        var max = depth.Length == 0 ? 0 : depth.Max();
        var position = new int[max + 2];
        for (var state = 1; state < depth.Length; state++)
        {
            position[depth[state] + 1]++;
        }

        for (var d = 1; d < position.Length; d++)
        {
            position[d] += position[d - 1];
        }

        // position[d] is now the number of states shallower than d, counting from depth 1.
        var order = new int[Math.Max(0, depth.Length - 1)];
        for (var state = 1; state < depth.Length; state++)
        {
            order[position[depth[state]]++] = state;
        }

        return order;
    }

    /// <summary>A list of ints without the generic list's bounds bookkeeping on every read.</summary>
    private sealed class GrowableInts
    {
        private int[] _items = new int[1024];

        public int Count { get; private set; }

        public int this[int index]
        {
            get => _items[index];
            set => _items[index] = value;
        }

        public void Add(int value)
        {
            if (Count == _items.Length)
            {
                Array.Resize(ref _items, _items.Length * 2);
            }

            _items[Count++] = value;
        }

        public int[] ToArray() => _items.AsSpan(0, Count).ToArray();
    }
}

/// <summary>One occurrence: <c>text[Start..End]</c> is the pattern that carries <see cref="Value"/>.</summary>
public readonly record struct AhoCorasickMatch<TValue>(int Start, int End, TValue Value);
