namespace ComplianceFns.Rules.Typos.Matching;

/// <summary>
/// Aho–Corasick automaton over UTF-16 code units (ordinal): finds every occurrence of every pattern in one pass.
/// Immutable after construction, so one instance is safely shared by all threads.
/// </summary>
public sealed class AhoCorasick<TValue>
{
    // Transitions keyed by (state << 16 | char): one flat dictionary keeps the memory of ~100k patterns small.
    private readonly Dictionary<long, int> _transitions = new();
    private readonly int[] _failure;
    private readonly int[] _depth;
    private readonly TValue[]?[] _values;
    // Nearest state on the failure chain that ends a pattern, or -1: reporting walks only states with output.
    private readonly int[] _outputLink;

    public AhoCorasick(IEnumerable<KeyValuePair<string, TValue>> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        var depth = new List<int> { 0 };
        var values = new List<List<TValue>?> { null };
        var children = new List<List<(char Char, int State)>> { new() };
        foreach (var (pattern, value) in patterns)
        {
            if (string.IsNullOrEmpty(pattern))
            {
                continue;
            }

            var state = 0;
            foreach (var c in pattern)
            {
                if (!_transitions.TryGetValue(Key(state, c), out var next))
                {
                    next = depth.Count;
                    depth.Add(depth[state] + 1);
                    values.Add(null);
                    children.Add(new());
                    children[state].Add((c, next));
                    _transitions[Key(state, c)] = next;
                }

                state = next;
            }

            (values[state] ??= new()).Add(value);
        }

        var count = depth.Count;
        _depth = depth.ToArray();
        _values = values.Select(v => v?.ToArray()).ToArray();
        _failure = new int[count];
        _outputLink = new int[count];
        _outputLink[0] = -1;
        var queue = new Queue<int>();
        foreach (var (_, child) in children[0])
        {
            _failure[child] = 0;
            _outputLink[child] = -1;
            queue.Enqueue(child);
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var (c, child) in children[state])
            {
                var fallback = _failure[state];
                int target;
                while (!_transitions.TryGetValue(Key(fallback, c), out target) && fallback != 0)
                {
                    fallback = _failure[fallback];
                }

                if (!_transitions.TryGetValue(Key(fallback, c), out target) || target == child)
                {
                    target = 0;
                }

                _failure[child] = target;
                _outputLink[child] = _values[target] is not null ? target : _outputLink[target];
                queue.Enqueue(child);
            }
        }

        PatternCount = _values.Sum(v => v?.Length ?? 0);
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
    public void FindAll(string text, List<AhoCorasickMatch<TValue>> matches)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(matches);
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            int next;
            while (!_transitions.TryGetValue(Key(state, c), out next) && state != 0)
            {
                state = _failure[state];
            }

            state = _transitions.TryGetValue(Key(state, c), out next) ? next : 0;
            for (var output = _values[state] is not null ? state : _outputLink[state]; output > 0; output = _outputLink[output])
            {
                var start = i + 1 - _depth[output];
                foreach (var value in _values[output]!)
                {
                    matches.Add(new AhoCorasickMatch<TValue>(start, i + 1, value));
                }
            }
        }
    }

    private static long Key(int state, char c) => ((long)state << 16) | c;
}

/// <summary>One occurrence: <c>text[Start..End]</c> is the pattern that carries <see cref="Value"/>.</summary>
public readonly record struct AhoCorasickMatch<TValue>(int Start, int End, TValue Value);
