using System.Runtime.CompilerServices;
using System.Buffers;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Typos.Context;

namespace ComplianceFns.Rules.Typos.Statistics;

/// <summary>
/// L2 of the typo detector (docs/domain/typos.md §4): non-words found by segmentation. Han text is segmented with jieba's word
/// frequencies (HMM off); a single-character token is replaced by each of its confusables, and the replacement is
/// reported when it completes a frequent word and raises the window's segmentation log-probability by more than
/// <see cref="StatisticalThresholds.MinLogGain"/>. A rare dictionary word (布署) is reported when a one-character
/// confusable variant is hundreds of times more frequent (部署). Names (jieba nr/ns/nt/nz), the government lexicon,
/// site terms, 文号 prefixes and all non-Han text are never flagged. The public constructors also run the
/// context-scored confusion sets (<see cref="ContextConfusionLayer"/>) after this layer, so every host that asks for
/// the statistical layer gets both. Thread-safe: holds only shared read-only data.
/// </summary>
public sealed class StatisticalLayer : ITypoLayer
{
    public const string RuleId = "typo.statistical";

    // Long Han runs are cut into chunks so memory per call stays bounded; a chunk edge costs at most one missed window.

    private readonly IConfusableSource _confusables;
    private readonly StatisticalThresholds _thresholds;
    private readonly MaxProbabilitySegmenter _segmenter;
    private readonly ContextConfusionLayer? _context;
    private readonly GovernmentProse? _prose;

    /// <summary>The layer with the embedded dictionaries, the seed confusion table and the default thresholds.</summary>
    public StatisticalLayer()
        : this(StatisticalThresholds.Default)
    {
    }

    public StatisticalLayer(StatisticalThresholds thresholds)
        : this(UnihanConfusables.Instance, thresholds, WordFrequencyDictionary.Instance)
    {
        _context = new ContextConfusionLayer();
        _prose = GovernmentProse.Instance;
    }

    internal StatisticalLayer(IConfusableSource confusables, StatisticalThresholds thresholds, WordFrequencyDictionary dictionary)
    {
        _confusables = confusables;
        _thresholds = thresholds;
        _segmenter = new MaxProbabilitySegmenter(dictionary);
    }

    private WordFrequencyDictionary Dictionary => _segmenter.Dictionary;

    public void Detect(string text, TypoContext context, List<TypoHit> hits)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }
        var candidates = new List<Candidate>();
        var index = 0;
        while (HanText.NextRun(text, ref index, out var start))
        {
            FindInRun(text, start, index, candidates);
        }
        var first = hits.Count;
        AddNonOverlapping(text, context, candidates, hits);
        if (_context is not null)
        {
            var own = hits.Count;
            var taken = new System.Collections.BitArray(text.Length);
            for (var i = first; i < own; i++)
            {
                for (var j = hits[i].Start; j < hits[i].End; j++)
                {
                    taken[j] = true;
                }
            }
            _context.Detect(text, context, hits);
            // Site terms and 文号 prefixes protect these hits as they protect the layer's own, and a span this layer
            // already reported keeps its own hit.
            for (var i = hits.Count - 1; i >= own; i--)
            {
                var hit = hits[i];
                if (Whitelist.Covers(text, hit.Start, hit.End, context)
                    || Enumerable.Range(hit.Start, hit.End - hit.Start).Any(j => taken[j]))
                {
                    hits.RemoveAt(i);
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FindInRun(string text, int runStart, int runEnd, List<Candidate> candidates)
    {
        var run = text.AsSpan(runStart, runEnd - runStart);
        var tokenEnd = ArrayPool<int>.Shared.Rent(run.Length + 1);
        var scratch = ArrayPool<double>.Shared.Rent(run.Length + 1);
        try
        {
            _segmenter.Segment(run, tokenEnd, scratch);
            if (_prose is not null)
            {
                TryDroppedCharacters(run, runStart, tokenEnd, candidates);
            }
            for (var token = 0; token < run.Length; token = tokenEnd[token])
            {
                var length = tokenEnd[token] - token;
                if (length == 1)
                {
                    TrySubstitution(run, runStart, token, candidates);
                }
                else if (Dictionary.TryGet(run.Slice(token, length), out var entry) && !entry.IsProtected
                    && entry.Frequency <= _thresholds.MaxSuspectWordFrequency)
                {
                    TryRareWord(run, runStart, token, length, entry.Frequency, candidates);
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(tokenEnd);
            ArrayPool<double>.Shared.Return(scratch);
        }
    }

    /// <summary>
    /// A common word or set phrase of government prose written without one interior character: 基设施 (基础设施),
    /// 依请公开 (依申请公开). The loss leaves a pair of characters that real government prose never has (基设), the
    /// characters around it spell the phrase less that one character, and the text's best segmentation starts a word
    /// where the phrase would start and ends one where it would end, so the remnant is not part of a longer word
    /// (学生环境 is not 生态环境 less 态: 学生 holds the 生).
    /// </summary>
    private void TryDroppedCharacters(ReadOnlySpan<char> run, int runStart, ReadOnlySpan<int> tokenEnd, List<Candidate> candidates)
    {
        Span<bool> startsToken = run.Length <= 512 ? stackalloc bool[run.Length + 1] : new bool[run.Length + 1];
        for (var token = 0; token < run.Length; token = tokenEnd[token])
        {
            startsToken[token] = true;
        }
        startsToken[run.Length] = true;
        for (var i = 0; i + 1 < run.Length; i++)
        {
            var phrases = _prose!.DroppedAt(run[i], run[i + 1]);
            if (phrases.IsEmpty || _prose.IsAttested(run[i], run[i + 1]))
            {
                continue;
            }
            foreach (var dropped in phrases)
            {
                var word = dropped.Word.AsSpan();
                var start = i + 1 - dropped.Index;
                var end = start + word.Length - 1;
                if (start < 0 || end > run.Length || !startsToken[start] || !startsToken[end]
                    || !run[start..(i + 1)].SequenceEqual(word[..dropped.Index])
                    || !run[(i + 1)..end].SequenceEqual(word[(dropped.Index + 1)..]))
                {
                    continue;
                }
                // Numbers differ without a slip (第二条, 第二十条); a remnant that is itself a word (县府, 信息量) or that reads
                // better than the phrase (不完善 against 不断完善, 年预算 against 年度预算) is what the writer meant.
                if (word.ContainsAny(Numerals) || Dictionary.TryGet(run[start..end], out _)
                    || InsertionGain(run, i + 1, word[dropped.Index]) <= 0)
                {
                    continue;
                }
                var wrong = run[start..end].ToString();
                candidates.Add(new Candidate(runStart + start, runStart + end, dropped.Word, DroppedCharacterScore,
                    $"“{wrong}”疑为“{dropped.Word}”之误：漏了“{word[dropped.Index]}”字"));
                break; // the most frequent phrase that fits
            }
        }
    }

    /// <summary>
    /// Segmentation log-probability gained by inserting <paramref name="inserted"/> before <paramref name="position"/>,
    /// within the window around it: positive when the text reads better with the character than without.
    /// </summary>
    private double InsertionGain(ReadOnlySpan<char> run, int position, char inserted)
    {
        var windowStart = Math.Max(0, position - _thresholds.WindowRadius - 1);
        var windowEnd = Math.Min(run.Length, position + _thresholds.WindowRadius + 1);
        var window = run[windowStart..windowEnd];
        Span<char> changed = stackalloc char[window.Length + 1];
        var at = position - windowStart;
        window[..at].CopyTo(changed);
        changed[at] = inserted;
        window[at..].CopyTo(changed[(at + 1)..]);
        return _segmenter.Score(changed) - _segmenter.Score(window);
    }

    private static readonly System.Buffers.SearchValues<char> Numerals = System.Buffers.SearchValues.Create("〇零一二三四五六七八九十百千万亿两");

    // Below the gain of a substitution the same span supports (ln 10³ and more): a confusable that makes a word is the
    // likelier slip.
    private const double DroppedCharacterScore = 1.0;

    /// <summary>A rare dictionary word whose one-character confusable variant is far more frequent: 布署 → 部署.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void TryRareWord(ReadOnlySpan<char> run, int runStart, int start, int length, int frequency, List<Candidate> candidates)
    {
        Span<char> variant = stackalloc char[length];
        var minimum = Math.Max((long)frequency * _thresholds.MinVariantFrequencyRatio, _thresholds.MinCorrectedWordFrequency);
        var bestFrequency = 0;
        string? best = null;
        char original = default, replacement = default;
        for (var offset = 0; offset < length; offset++)
        {
            // The unchanged characters before the offset are walked once; each confusable continues from there.
            var prefix = offset == 0 ? WordFrequencyDictionary.Root : Dictionary.NodeOf(run.Slice(start, offset));
            if (offset > 0 && prefix < 0)
            {
                break; // no word starts with the unchanged prefix, nor with any longer one
            }
            foreach (var confusable in _confusables.ConfusablesOf(run[start + offset]))
            {
                if (!FitsBetween(run, start + offset, confusable, start, start + length))
                {
                    continue;
                }
                var node = Dictionary.Step(prefix, confusable);
                for (var i = offset + 1; i < length && node >= 0; i++)
                {
                    node = Dictionary.Step(node, run[start + i]);
                }
                if (node < 0)
                {
                    continue;
                }
                var entry = Dictionary.EntryAt(node);
                if (entry.Frequency > 0 && !entry.IsProperNoun && entry.Frequency >= minimum && entry.Frequency > bestFrequency)
                {
                    run.Slice(start, length).CopyTo(variant);
                    variant[offset] = confusable;
                    bestFrequency = entry.Frequency;
                    best = new string(variant);
                    original = run[start + offset];
                    replacement = confusable;
                }
            }
        }
        if (best is not null)
        {
            var wrong = run.Slice(start, length).ToString();
            candidates.Add(new Candidate(runStart + start, runStart + start + length, best,
                Math.Log((double)bestFrequency / frequency),
                $"“{wrong}”疑为“{best}”之误：“{original}”与“{replacement}”易混，“{best}”为常用词，“{wrong}”极少使用"));
        }
    }

    /// <summary>
    /// Whether <paramref name="replacement"/> at <paramref name="position"/> can sit next to its neighbours inside one
    /// word spanning [<paramref name="wordStart"/>, <paramref name="wordEnd"/>): a cheap reject before the lookup.
    /// </summary>
    private bool FitsBetween(ReadOnlySpan<char> run, int position, char replacement, int wordStart, int wordEnd) =>
        (position == wordStart || Dictionary.MayBeAdjacentInWord(run[position - 1], replacement))
        && (position + 1 == wordEnd || Dictionary.MayBeAdjacentInWordGivenSecond(replacement, run[position + 1]));

    /// <summary>A single-character token whose confusable completes a frequent word and makes the window far more probable.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void TrySubstitution(ReadOnlySpan<char> run, int runStart, int position, List<Candidate> candidates)
    {
        var confusables = _confusables.ConfusablesOf(run[position]);
        if (confusables.Length == 0)
        {
            return;
        }
        var windowStart = Math.Max(0, position - _thresholds.WindowRadius);
        var windowEnd = Math.Min(run.Length, position + _thresholds.WindowRadius + 1);
        var window = run[windowStart..windowEnd];
        var focus = position - windowStart;
        Span<char> changed = stackalloc char[window.Length];
        Span<int> tokenEnd = stackalloc int[window.Length + 1];
        Span<double> scratch = stackalloc double[window.Length + 1];
        Span<int> openStarts = stackalloc int[focus];
        if (!FindOpenStarts(window, focus, openStarts))
        {
            return;
        }
        window.CopyTo(changed);
        double? originalScore = null;
        Candidate? best = null;
        foreach (var confusable in confusables)
        {
            changed[focus] = confusable; // the rest of the window stays as copied above
            var word = MostFrequentWordThrough(changed, focus, openStarts);
            if (word is null)
            {
                continue;
            }
            originalScore ??= _segmenter.Score(window);
            var gain = _segmenter.Segment(changed, tokenEnd, scratch) - originalScore.Value;
            // The corrected character must join a word on the best path, not stay a single character.
            var (tokenStart, tokenStop) = TokenCovering(tokenEnd, focus);
            var bar = _confusables.IsCuratedPair(run[position], confusable) ? _thresholds.MinLogGain : _thresholds.MinLogGainGenericPair;
            if (gain <= bar || tokenStop - tokenStart < 2 || (best is not null && gain <= best.Score))
            {
                continue;
            }
            var (wordStart, wordEnd) = word.Value;
            var wrong = window[wordStart..wordEnd].ToString();
            var suggestion = changed[wordStart..wordEnd].ToString();
            best = new Candidate(runStart + windowStart + wordStart, runStart + windowStart + wordEnd, suggestion, gain,
                $"“{wrong}”疑为“{suggestion}”之误：“{run[position]}”与“{confusable}”易混，“{suggestion}”为常用词，“{wrong}”不成词");
        }
        if (best is not null)
        {
            candidates.Add(best);
        }
    }

    /// <summary>
    /// Finds each start before <paramref name="focus"/> whose unchanged characters up to the focus begin some word, and
    /// keeps the trie node of that prefix (−1 for a start that cannot): only from those can a word run through the
    /// replaced character, whatever it is, and each confusable then costs one step from the node. Checked once per
    /// position instead of once per confusable. Returns false when no start can (not even the focus itself).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool FindOpenStarts(ReadOnlySpan<char> window, int focus, Span<int> openStarts)
    {
        // From the focus itself a word only needs a character after it.
        var any = focus + 1 < window.Length;
        for (var start = 0; start < focus; start++)
        {
            var node = Dictionary.MaxLengthFrom(window[start]) > focus - start ? Dictionary.NodeOf(window[start..focus]) : -1;
            openStarts[start] = node;
            any |= node >= 0;
        }
        return any;
    }

    /// <summary>
    /// The most frequent word of 2+ characters through <paramref name="focus"/> that is frequent enough and not a name;
    /// also the cheap pre-filter before segmenting. It is what the hit reports (贯撤→贯彻 even when the best path
    /// glues a rarer 认真贯彻). Starts are those of <see cref="FindOpenStarts"/> and the focus; from each, the trie walk
    /// goes on only while the span still begins some word.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int Start, int End)? MostFrequentWordThrough(ReadOnlySpan<char> text, int focus, ReadOnlySpan<int> openStarts)
    {
        // A word through the focus pairs the replaced character with its left or its right neighbour.
        var joinsLeft = focus > 0 && Dictionary.MayBeAdjacentInWord(text[focus - 1], text[focus]);
        var joinsRight = focus + 1 < text.Length && Dictionary.MayBeAdjacentInWordGivenSecond(text[focus], text[focus + 1]);
        if (!joinsLeft && !joinsRight)
        {
            return null;
        }
        (int Start, int End)? best = null;
        var bestFrequency = _thresholds.MinCorrectedWordFrequency - 1;
        for (var start = Math.Max(0, focus - _thresholds.WindowRadius); start <= focus; start++)
        {
            int node;
            int length;
            if (start < focus)
            {
                if (!joinsLeft || openStarts[start] < 0)
                {
                    continue;
                }
                node = openStarts[start]; // text[start..focus]
                length = focus - start + 1;
            }
            else
            {
                if (!joinsRight)
                {
                    continue;
                }
                node = Dictionary.Step(WordFrequencyDictionary.Root, text[focus]);
                length = 2;
            }
            var maxLength = Math.Min(Dictionary.MaxLengthFrom(text[start]), text.Length - start);
            for (; length <= maxLength && node >= 0; length++)
            {
                node = Dictionary.Step(node, text[start + length - 1]);
                if (node < 0)
                {
                    break;
                }
                var entry = Dictionary.EntryAt(node);
                if (entry.Frequency > 0 && !entry.IsProperNoun && entry.Frequency > bestFrequency)
                {
                    bestFrequency = entry.Frequency;
                    best = (start, start + length);
                }
            }
        }
        return best;
    }

    private static (int Start, int End) TokenCovering(ReadOnlySpan<int> tokenEnd, int focus)
    {
        var start = 0;
        while (tokenEnd[start] <= focus)
        {
            start = tokenEnd[start];
        }
        return (start, tokenEnd[start]);
    }

    private static void AddNonOverlapping(string text, TypoContext context, List<Candidate> candidates, List<TypoHit> hits)
    {
        if (candidates.Count == 0)
        {
            return;
        }
        // Overlaps only happen between neighbours: a sweep by start keeps the higher-scoring of two (linear, not pairwise).
        var accepted = new List<Candidate>();
        foreach (var candidate in candidates.OrderBy(c => c.Start).ThenByDescending(c => c.Score))
        {
            if (Whitelist.Covers(text, candidate.Start, candidate.End, context))
            {
                continue;
            }
            if (accepted.Count > 0 && accepted[^1].End > candidate.Start)
            {
                if (accepted[^1].Score >= candidate.Score)
                {
                    continue;
                }
                accepted.RemoveAt(accepted.Count - 1);
            }
            accepted.Add(candidate);
        }
        foreach (var candidate in accepted)
        {
            hits.Add(new TypoHit(candidate.Start, candidate.End, text[candidate.Start..candidate.End], candidate.Suggestion,
                RuleId, Severity.General, candidate.Reason));
        }
    }

    private sealed record Candidate(int Start, int End, string Suggestion, double Score, string Reason);
}
