using System.Reflection;

namespace ComplianceFns.Rules.Typos.Statistics;

/// <summary>
/// jieba.NET's dict.txt (349k words with frequencies) plus the government lexicon, loaded once from resources embedded
/// in this assembly. Embedding (rather than copying jieba's Resources/ folder to the output and calling its segmenter)
/// keeps src/Rules free of file I/O, works in every host without a ConfigFileBaseDir, and parses in a few hundred ms.
/// As in jieba, every proper prefix of a word is stored too (frequency 0), so a scan that extends a span one
/// character at a time stops at the first span that no word starts with instead of trying every length.
/// </summary>
internal sealed class WordFrequencyDictionary
{
    internal const string JiebaResourceName = "ComplianceFns.Rules.Typos.Statistics.jieba-dict.txt";
    internal const string LexiconResourceName = "ComplianceFns.Rules.Typos.Statistics.Data.gov-lexicon.txt";

    /// <summary>Frequency given to a lexicon line without one: common enough to segment as a unit and be a correction target.</summary>
    internal const int DefaultLexiconFrequency = 1000;

    private static readonly Lazy<WordFrequencyDictionary> Shared = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, WordEntry> _words;
    private readonly Dictionary<string, WordEntry>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private readonly CharPairFilter _adjacentPairs = new();

    // log P of each character as a one-character token (unknown ones count with frequency 1): segmentation needs it
    // at every position, and an array read beats hashing a one-character span.
    private readonly double[] _singleCharLogProbability = new double[char.MaxValue + 1];

    // Longest word starting with each BMP character, so segmentation looks up only lengths that can match.
    private readonly byte[] _maxLengthByFirstChar = new byte[char.MaxValue + 1];

    private WordFrequencyDictionary(Dictionary<string, WordEntry> words)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        long total = 0;
        foreach (var (word, entry) in words)
        {
            total += entry.Frequency;
            var length = (byte)Math.Min(word.Length, MaxWordLength);
            if (_maxLengthByFirstChar[word[0]] < length)
            {
                _maxLengthByFirstChar[word[0]] = length;
            }
        }
        LogTotal = Math.Log(Math.Max(total, 1));
        Count = words.Count;
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var single = FrequencyOf([(char)c]);
            _singleCharLogProbability[c] = Math.Log(Math.Max(single, 1)) - LogTotal;
        }
        foreach (var word in words.Keys)
        {
            for (var i = 1; i < word.Length; i++)
            {
                _adjacentPairs.Add(word[i - 1], word[i]);
            }
        }
        AddPrefixes(words);
    }

    /// <summary>Longer dictionary entries exist (jieba has a few up to 48 chars) but are irrelevant to typo windows.</summary>
    internal const int MaxWordLength = 16;

    public static WordFrequencyDictionary Instance => Shared.Value;

    /// <summary>Number of words (prefix entries not counted).</summary>
    public int Count { get; }

    /// <summary>Natural log of the total frequency: log P(word) = log(freq) − LogTotal, as in jieba.</summary>
    public double LogTotal { get; }

    public bool TryGet(ReadOnlySpan<char> word, out WordEntry entry)
    {
        if (_lookup.TryGetValue(word, out entry) && entry.Frequency > 0)
        {
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
    public bool TryGetWordOrPrefix(ReadOnlySpan<char> text, out WordEntry entry) => _lookup.TryGetValue(text, out entry);

    public int FrequencyOf(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var entry) ? entry.Frequency : 0;

    public int MaxLengthFrom(char first) => _maxLengthByFirstChar[first];

    /// <summary>log P of <paramref name="character"/> as a one-character token: log(max(freq, 1)) − LogTotal.</summary>
    public double SingleCharLogProbability(char character) => _singleCharLogProbability[character];

    /// <summary>False when no word has <paramref name="first"/> directly followed by <paramref name="second"/>; true may be a false positive.</summary>
    public bool MayBeAdjacentInWord(char first, char second) => _adjacentPairs.MayContain(first, second);

    /// <summary>Adds each missing proper prefix (up to <see cref="MaxWordLength"/> − 1 characters) with frequency 0.</summary>
    private void AddPrefixes(Dictionary<string, WordEntry> words)
    {
        foreach (var word in words.Keys.ToArray())
        {
            for (var length = Math.Min(word.Length, MaxWordLength) - 1; length >= 1; length--)
            {
                // Once a prefix is present, its own prefixes are present too (added with it, or to come with that word).
                if (!_lookup.TryAdd(word.AsSpan(0, length), default))
                {
                    break;
                }
            }
        }
    }

    /// <summary>Builds a dictionary from jieba-format lines (<c>word freq [pos]</c>) and lexicon lines (<c>word [freq]</c>).</summary>
    internal static WordFrequencyDictionary FromLines(IEnumerable<string> jiebaLines, IEnumerable<string> lexiconLines)
    {
        var words = new Dictionary<string, WordEntry>(360_000, StringComparer.Ordinal);
        foreach (var line in jiebaLines)
        {
            AddJiebaLine(words, line);
        }
        foreach (var line in lexiconLines)
        {
            AddLexiconLine(words, line);
        }
        return new WordFrequencyDictionary(words);
    }

    internal static WordFrequencyDictionary LoadEmbedded()
    {
        var assembly = typeof(WordFrequencyDictionary).Assembly;
        return FromLines(ReadLines(assembly, JiebaResourceName), ReadLines(assembly, LexiconResourceName));
    }

    private static IEnumerable<string> ReadLines(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource {resourceName} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    private static void AddJiebaLine(Dictionary<string, WordEntry> words, string line)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !int.TryParse(parts[1], out var frequency) || frequency <= 0)
        {
            return;
        }
        var pos = parts.Length > 2 ? parts[2] : "";
        var isProper = pos.StartsWith("nr", StringComparison.Ordinal) || pos.StartsWith("ns", StringComparison.Ordinal)
            || pos.StartsWith("nt", StringComparison.Ordinal) || pos.StartsWith("nz", StringComparison.Ordinal);
        words[parts[0]] = new WordEntry(frequency, isProper, IsLexiconTerm: false);
    }

    private static void AddLexiconLine(Dictionary<string, WordEntry> words, string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed[0] == '#')
        {
            return;
        }
        var parts = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var frequency = parts.Length > 1 && int.TryParse(parts[1], out var given) && given > 0 ? given : DefaultLexiconFrequency;
        words.TryGetValue(parts[0], out var existing);
        words[parts[0]] = new WordEntry(Math.Max(frequency, existing.Frequency), existing.IsProperNoun, IsLexiconTerm: true);
    }
}
