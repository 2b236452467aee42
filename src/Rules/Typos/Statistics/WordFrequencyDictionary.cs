using System.Reflection;
using System.Runtime.CompilerServices;

namespace ComplianceFns.Rules.Typos.Statistics;

/// <summary>
/// jieba.NET's dict.txt (349k words with frequencies) plus the government lexicon, loaded once from resources embedded
/// in this assembly. Embedding (rather than copying jieba's Resources/ folder to the output and calling its segmenter)
/// keeps src/Rules free of file I/O and works in every host without a ConfigFileBaseDir. The words live in a
/// <see cref="HashedTrie"/> (8 MB, no strings), parsed straight from the resource's characters in about a tenth of a
/// second. Every proper prefix of a word is a node too (frequency 0), so a scan that extends a span one character at a
/// time (<see cref="Step"/>) stops at the first span that no word starts with instead of trying every length.
/// </summary>
internal sealed class WordFrequencyDictionary
{
    internal const string JiebaResourceName = "ComplianceFns.Rules.Typos.Statistics.jieba-dict.txt";
    internal const string LexiconResourceName = "ComplianceFns.Rules.Typos.Statistics.Data.gov-lexicon.txt";

    /// <summary>Frequency given to a lexicon line without one: common enough to segment as a unit and be a correction target.</summary>
    internal const int DefaultLexiconFrequency = 1000;

    /// <summary>Longer dictionary entries may exist but are irrelevant to typo windows: no scan looks further.</summary>
    internal const int MaxWordLength = 16;

    /// <summary>The largest frequency a word can carry (24 bits; jieba's largest is 883,634).</summary>
    internal const int MaxFrequency = (1 << 24) - 1;

    // A node's trie value: the frequency in the low 24 bits, then the two flags of WordEntry.
    private const int FrequencyMask = MaxFrequency;
    private const int ProperNounFlag = 1 << 24;
    private const int LexiconTermFlag = 1 << 25;

    private static readonly Lazy<WordFrequencyDictionary> Shared = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly HashedTrie _trie;

    private readonly CharPairFilter _adjacentPairs;

    // log P of each character as a one-character token (unknown ones count with frequency 1): segmentation needs it
    // at every position.
    private readonly double[] _singleCharLogProbability = new double[char.MaxValue + 1];

    // log(f) − LogTotal for the frequencies most words have: Math.Log once per frequency instead of once per lookup.
    private readonly double[] _logProbabilityByFrequency = new double[LogTableSize];
    private const int LogTableSize = 1 << 16;

    // Longest word starting with each BMP character (at most MaxWordLength), so scans stop where no word can reach.
    private readonly byte[] _maxLengthByFirstChar;

    private WordFrequencyDictionary(HashedTrie trie, byte[] maxLengthByFirstChar, CharPairFilter adjacentPairs)
    {
        _trie = trie;
        _maxLengthByFirstChar = maxLengthByFirstChar;
        _adjacentPairs = adjacentPairs;
        var (total, count) = trie.SumOfValues(FrequencyMask);
        LogTotal = Math.Log(Math.Max(total, 1));
        Count = count;
        for (var f = 1; f < LogTableSize; f++)
        {
            _logProbabilityByFrequency[f] = Math.Log(f) - LogTotal;
        }
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var single = trie.Child(HashedTrie.Root, (char)c) is var node and >= 0 ? FrequencyAt(node) : 0;
            _singleCharLogProbability[c] = Math.Log(Math.Max(single, 1)) - LogTotal;
        }
    }

    public static WordFrequencyDictionary Instance => Shared.Value;

    /// <summary>The node of the empty prefix, where every <see cref="Step"/> walk starts.</summary>
    public const int Root = HashedTrie.Root;

    /// <summary>Number of words (prefix entries not counted).</summary>
    public int Count { get; }

    /// <summary>Natural log of the total frequency: log P(word) = log(freq) − LogTotal, as in jieba.</summary>
    public double LogTotal { get; }

    /// <summary>Trie slots in use (words and prefixes) and allocated, for diagnostics.</summary>
    public (int Nodes, int Capacity) Size => (_trie.NodeCount, _trie.Capacity);

    /// <summary>
    /// The node of the span that is one character longer than <paramref name="node"/>'s, ending with
    /// <paramref name="next"/>; −1 when no word starts with that span. Scans bound the span by
    /// <see cref="MaxLengthFrom"/>, so a node is always a word or a proper prefix of one within reach.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Step(int node, char next) => _trie.Child(node, next);

    /// <summary>The node of <paramref name="text"/> (not empty), or −1 when no word starts with it.</summary>
    public int NodeOf(ReadOnlySpan<char> text) => _trie.Find(text);

    /// <summary>The frequency of the word at <paramref name="node"/> (≥ 0 from <see cref="Step"/>); 0 for a mere prefix.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FrequencyAt(int node) => _trie.ValueOf(node) & FrequencyMask;

    /// <summary>log P of a word of <paramref name="frequency"/> (&gt; 0): exactly Math.Log(frequency) − LogTotal.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double LogProbabilityOf(int frequency) =>
        frequency < LogTableSize ? _logProbabilityByFrequency[frequency] : Math.Log(frequency) - LogTotal;

    /// <summary>The entry at <paramref name="node"/> (≥ 0); frequency 0 for a mere prefix.</summary>
    public WordEntry EntryAt(int node) => Decode(_trie.ValueOf(node));

    public bool TryGet(ReadOnlySpan<char> word, out WordEntry entry)
    {
        var node = _trie.Find(word);
        if (node >= 0 && FrequencyAt(node) > 0)
        {
            entry = EntryAt(node);
            return true;
        }
        entry = default;
        return false;
    }

    /// <summary>
    /// False when no word of at most <see cref="MaxWordLength"/> characters starts with <paramref name="text"/>, so no
    /// longer span from the same start can be a word either. True otherwise, with the word's entry, or with frequency
    /// 0 when <paramref name="text"/> is only a prefix.
    /// </summary>
    public bool TryGetWordOrPrefix(ReadOnlySpan<char> text, out WordEntry entry)
    {
        var node = _trie.Find(text);
        if (node < 0 || (FrequencyAt(node) == 0 && text.Length >= MaxWordLength))
        {
            entry = default;
            return false;
        }
        entry = EntryAt(node);
        return true;
    }

    public int FrequencyOf(ReadOnlySpan<char> word) => _trie.Find(word) is var node and >= 0 ? FrequencyAt(node) : 0;

    public int MaxLengthFrom(char first) => _maxLengthByFirstChar[first];

    /// <summary>log P of <paramref name="character"/> as a one-character token: log(max(freq, 1)) − LogTotal.</summary>
    public double SingleCharLogProbability(char character) => _singleCharLogProbability[character];

    /// <summary>False when no word has <paramref name="first"/> directly followed by <paramref name="second"/>; true may be a false positive.</summary>
    public bool MayBeAdjacentInWord(char first, char second) => _adjacentPairs.MayContain(first, second);

    /// <summary>
    /// The same answer as <see cref="MayBeAdjacentInWord"/>, read from <paramref name="second"/>'s filter: the one to
    /// use when many first characters are tried against one fixed second.
    /// </summary>
    public bool MayBeAdjacentInWordGivenSecond(char first, char second) => _adjacentPairs.MayContainGivenSecond(first, second);

    private static WordEntry Decode(int value) =>
        new(value & FrequencyMask, (value & ProperNounFlag) != 0, (value & LexiconTermFlag) != 0);

    private static int Encode(WordEntry entry)
    {
        if (entry.Frequency > MaxFrequency)
        {
            throw new InvalidDataException($"A word frequency of {entry.Frequency} exceeds the dictionary's limit of {MaxFrequency}.");
        }
        return entry.Frequency | (entry.IsProperNoun ? ProperNounFlag : 0) | (entry.IsLexiconTerm ? LexiconTermFlag : 0);
    }

    /// <summary>Builds a dictionary from jieba-format lines (<c>word freq [pos]</c>) and lexicon lines (<c>word [freq]</c>).</summary>
    internal static WordFrequencyDictionary FromLines(IEnumerable<string> jiebaLines, IEnumerable<string> lexiconLines)
    {
        var builder = new Builder();
        foreach (var line in jiebaLines)
        {
            builder.AddJiebaLine(line);
        }
        foreach (var line in lexiconLines)
        {
            builder.AddLexiconLine(line);
        }
        return builder.Build();
    }

    internal static WordFrequencyDictionary LoadEmbedded()
    {
        var assembly = typeof(WordFrequencyDictionary).Assembly;
        var builder = new Builder();
        using (var reader = OpenResource(assembly, JiebaResourceName))
        {
            // Lines are parsed in place from a block buffer: no string per line or per field.
            var buffer = new char[1 << 16];
            var filled = 0;
            while (true)
            {
                var read = reader.Read(buffer, filled, buffer.Length - filled);
                var end = filled + read;
                var lineStart = 0;
                for (var i = 0; i < end; i++)
                {
                    if (buffer[i] is '\r' or '\n')
                    {
                        builder.AddJiebaLine(buffer.AsSpan(lineStart, i - lineStart));
                        lineStart = i + 1;
                    }
                }
                if (read == 0)
                {
                    builder.AddJiebaLine(buffer.AsSpan(lineStart, end - lineStart));
                    break;
                }
                Array.Copy(buffer, lineStart, buffer, 0, end - lineStart);
                filled = end - lineStart;
                if (filled == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }
            }
        }
        using (var reader = OpenResource(assembly, LexiconResourceName))
        {
            while (reader.ReadLine() is { } line)
            {
                builder.AddLexiconLine(line);
            }
        }
        return builder.Build();
    }

    private static StreamReader OpenResource(Assembly assembly, string resourceName)
    {
        var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource {resourceName} is missing from {assembly.GetName().Name}.");
        return new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    /// <summary>
    /// Collects the lines' words (characters in one buffer), then builds the trie in line order: a later jieba line
    /// replaces an earlier entry for the same word; a lexicon line keeps the larger frequency and the name flag and
    /// marks the word as a lexicon term.
    /// </summary>
    private sealed class Builder
    {
        private readonly List<(int Offset, int Length, WordEntry Entry)> _words = new(360_000);
        private char[] _characters = new char[1 << 20];
        private int _used;

        public void AddJiebaLine(ReadOnlySpan<char> line)
        {
            // Fields as string.Split(' ', RemoveEmptyEntries) gives them: word, frequency, part of speech.
            var word = NextField(ref line);
            var count = NextField(ref line);
            var pos = NextField(ref line);
            if (count.IsEmpty || !int.TryParse(count, out var frequency) || frequency <= 0)
            {
                return;
            }
            var isProper = pos.StartsWith("nr", StringComparison.Ordinal) || pos.StartsWith("ns", StringComparison.Ordinal)
                || pos.StartsWith("nt", StringComparison.Ordinal) || pos.StartsWith("nz", StringComparison.Ordinal);
            Add(word, new WordEntry(frequency, isProper, IsLexiconTerm: false));
        }

        public void AddLexiconLine(string line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                return;
            }
            var parts = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var frequency = parts.Length > 1 && int.TryParse(parts[1], out var given) && given > 0 ? given : DefaultLexiconFrequency;
            // The frequency is merged with the jieba entry when the trie is built.
            Add(parts[0], new WordEntry(frequency, IsProperNoun: false, IsLexiconTerm: true));
        }

        public WordFrequencyDictionary Build()
        {
            // Prefixes share nodes: the jieba dictionary needs about 0.55 nodes per character.
            var capacityBits = HashedTrie.CapacityBitsFor(_used * 6 / 10);
            while (true)
            {
                var trie = new HashedTrie(capacityBits);
                if (TryFill(trie))
                {
                    return Finish(trie);
                }
                capacityBits++;
            }
        }

        private bool TryFill(HashedTrie trie)
        {
            foreach (var (offset, length, entry) in _words)
            {
                var node = trie.Add(_characters.AsSpan(offset, length));
                if (node < 0)
                {
                    return false;
                }
                if (entry.IsLexiconTerm)
                {
                    var existing = Decode(trie.ValueOf(node));
                    trie.SetValue(node, Encode(new WordEntry(Math.Max(entry.Frequency, existing.Frequency), existing.IsProperNoun, IsLexiconTerm: true)));
                }
                else
                {
                    trie.SetValue(node, Encode(entry));
                }
            }
            return true;
        }

        private WordFrequencyDictionary Finish(HashedTrie trie)
        {
            var maxLengthByFirstChar = new byte[char.MaxValue + 1];
            var pairCount = 0;
            foreach (var (_, length, _) in _words)
            {
                pairCount += length - 1;
            }
            var pairs = new int[pairCount];
            var filled = 0;
            foreach (var (offset, length, _) in _words)
            {
                var word = _characters.AsSpan(offset, length);
                var capped = (byte)Math.Min(length, MaxWordLength);
                if (maxLengthByFirstChar[word[0]] < capped)
                {
                    maxLengthByFirstChar[word[0]] = capped;
                }
                for (var i = 1; i < word.Length; i++)
                {
                    pairs[filled++] = word[i - 1] << 16 | word[i];
                }
            }
            return new WordFrequencyDictionary(trie, maxLengthByFirstChar, new CharPairFilter(pairs));
        }

        private void Add(ReadOnlySpan<char> word, WordEntry entry)
        {
            if (word.IsEmpty)
            {
                return;
            }
            if (_used + word.Length > _characters.Length)
            {
                Array.Resize(ref _characters, Math.Max(_characters.Length * 2, _used + word.Length));
            }
            word.CopyTo(_characters.AsSpan(_used));
            _words.Add((_used, word.Length, entry));
            _used += word.Length;
        }

        private static ReadOnlySpan<char> NextField(ref ReadOnlySpan<char> line)
        {
            var start = 0;
            while (start < line.Length && line[start] == ' ')
            {
                start++;
            }
            var end = start;
            while (end < line.Length && line[end] != ' ')
            {
                end++;
            }
            var field = line[start..end];
            line = line[end..];
            return field;
        }
    }
}
