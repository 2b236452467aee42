using System.Runtime.CompilerServices;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Typos.Statistics;

namespace ComplianceFns.Rules.Typos.Context;

/// <summary>
/// Real-word-blind homophone and shape slips scored by context (issue 12): a character that no dictionary word covers,
/// standing in a pair real government prose never has (卫身, 借施, 日标), is replaced by each of its wide confusables
/// (<see cref="ContextConfusables"/>). The replacement is reported when it completes a frequent dictionary word that
/// government prose uses (<see cref="GovernmentProse"/>), when every original pair the word spans is unattested, and
/// when the window's segmentation log-probability rises by at least <see cref="MinLogGain"/>. Names are left alone
/// (<see cref="ProperNameGuard"/>). Reported as <c>typo.statistical</c>. Thread-safe: shared read-only data only.
/// </summary>
public sealed class ContextConfusionLayer : ITypoLayer
{
    /// <summary>ln of the least gain in window probability: at ln 10³ (6.9) the tuning part's clean text gave ~1 false alarm per 10,000 chars.</summary>
    public const double MinLogGain = 7.0;

    /// <summary>The corrected word's least jieba frequency.</summary>
    public const int MinCorrectedFrequency = 100;

    /// <summary>A dictionary word at least this frequent covering the character means the character is in a word.</summary>
    public const int MinCoveringFrequency = 3;

    private const int WindowRadius = 4;
    private const int MaxWord = 4;

    private readonly WordFrequencyDictionary _dictionary;
    private readonly MaxProbabilitySegmenter _segmenter;
    private readonly GovernmentProse _prose;

    public ContextConfusionLayer()
    {
        _dictionary = WordFrequencyDictionary.Instance;
        _segmenter = new MaxProbabilitySegmenter(_dictionary);
        _prose = GovernmentProse.Instance;
    }

    public void Detect(string text, TypoContext context, List<TypoHit> hits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(hits);
        var index = 0;
        while (HanText.NextRun(text, ref index, out var start))
        {
            if (index - start >= ProperNameGuard.MinRunLength)
            {
                FindInRun(text, start, index, hits);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FindInRun(string text, int runStart, int runEnd, List<TypoHit> hits)
    {
        var lastEnd = -1;
        for (var p = runStart; p < runEnd; p++)
        {
            var x = text[p];
            var leftOpen = p > runStart && !_prose.IsAttested(text[p - 1], x);
            var rightOpen = p + 1 < runEnd && !_prose.IsAttested(x, text[p + 1]);
            if (!leftOpen && !rightOpen)
            {
                continue;
            }
            var confusables = ContextConfusables.Of(x);
            if (confusables.Length == 0 || IsCovered(text, p, runStart, runEnd))
            {
                continue;
            }
            var best = FindBestWord(text, p, runStart, runEnd, leftOpen, rightOpen, confusables);
            if (best is not { } found || found.Start < lastEnd || ProperNameGuard.Protects(text, found.Start, found.End)
                || ParallelItemsGuard.Protects(text, found.Start, found.End))
            {
                continue;
            }
            if (Gain(text, p, found.Replacement, runStart, runEnd) < MinLogGain)
            {
                continue;
            }
            var wrong = text[found.Start..found.End];
            hits.Add(new TypoHit(found.Start, found.End, wrong, found.Word, StatisticalLayer.RuleId, Severity.General,
                $"“{wrong}”疑为“{found.Word}”之误：“{x}”与“{found.Replacement}”音近或形近，“{found.Word}”为公文常用词，“{wrong}”在公文中未见"));
            lastEnd = found.End;
        }
    }

    /// <summary>Whether a dictionary word of 2–5 characters (frequency ≥ <see cref="MinCoveringFrequency"/>) covers position <paramref name="p"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsCovered(string text, int p, int runStart, int runEnd)
    {
        // Fast path: most characters of real prose sit in a two-character word with a neighbour.
        if ((p > runStart && _dictionary.MayBeAdjacentInWord(text[p - 1], text[p])
                && PairFrequency(text[p - 1], text[p]) >= MinCoveringFrequency)
            || (p + 1 < runEnd && _dictionary.MayBeAdjacentInWord(text[p], text[p + 1])
                && PairFrequency(text[p], text[p + 1]) >= MinCoveringFrequency))
        {
            return true;
        }
        for (var start = Math.Max(runStart, p - 4); start <= p; start++)
        {
            var maxLength = Math.Min(_dictionary.MaxLengthFrom(text[start]), Math.Min(runEnd - start, 5));
            if (maxLength < 2)
            {
                continue;
            }
            // One trie walk per start: it ends where no word starts with the span.
            var node = _dictionary.Step(WordFrequencyDictionary.Root, text[start]);
            for (var length = 2; length <= maxLength && node >= 0; length++)
            {
                node = _dictionary.Step(node, text[start + length - 1]);
                if (node >= 0 && start + length > p && _dictionary.FrequencyAt(node) >= MinCoveringFrequency)
                {
                    return true;
                }
            }
        }
        return false;
    }

    private int PairFrequency(char first, char second) =>
        _dictionary.Step(WordFrequencyDictionary.Root, first) is var node and >= 0
        && _dictionary.Step(node, second) is var pair and >= 0 ? _dictionary.FrequencyAt(pair) : 0;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int Start, int End, string Word, char Replacement)? FindBestWord(
        string text, int p, int runStart, int runEnd, bool leftOpen, bool rightOpen, string confusables)
    {
        Span<char> word = stackalloc char[MaxWord];
        (int Start, int End, string Word, char Replacement)? best = null;
        var bestFrequency = MinCorrectedFrequency - 1;
        // The node of the one character left of p, where every word starting there continues.
        var leftNode = p > runStart && leftOpen ? _dictionary.Step(WordFrequencyDictionary.Root, text[p - 1]) : -1;
        foreach (var y in confusables)
        {
            for (var start = Math.Max(runStart, p - 1); start <= p; start++)
            {
                // A word reaching left over an attested pair would call correct text wrong.
                if (start < p && !leftOpen)
                {
                    continue;
                }
                // The Bloom filter of in-word pairs rejects most confusables before any trie step.
                if (start < p && !_dictionary.MayBeAdjacentInWord(text[p - 1], y))
                {
                    continue;
                }
                // The node of text[start..p] + y, then one step per further character: a miss ends every longer span.
                var node = start < p ? (leftNode >= 0 ? _dictionary.Step(leftNode, y) : -1) : _dictionary.Step(WordFrequencyDictionary.Root, y);
                var last = Math.Min(runEnd, start + MaxWord);
                for (var end = p + 1; end <= last && node >= 0; end++)
                {
                    if (end > p + 1)
                    {
                        if (!rightOpen || !_dictionary.MayBeAdjacentInWordGivenSecond(y, text[p + 1]))
                        {
                            break;
                        }
                        node = _dictionary.Step(node, text[end - 1]);
                        if (node < 0)
                        {
                            break;
                        }
                    }
                    if (end < start + 2)
                    {
                        continue; // a word has two characters at least
                    }
                    var entry = _dictionary.EntryAt(node);
                    if (entry.Frequency <= 0 || entry.IsProperNoun || entry.Frequency <= bestFrequency)
                    {
                        continue;
                    }
                    var length = end - start;
                    text.AsSpan(start, length).CopyTo(word);
                    word[p - start] = y;
                    var candidate = word[..length];
                    if (_prose.WordCount(candidate) == 0)
                    {
                        continue;
                    }
                    bestFrequency = entry.Frequency;
                    best = (start, end, new string(candidate), y);
                }
            }
        }
        return best;
    }

    private double Gain(string text, int p, char replacement, int runStart, int runEnd)
    {
        var start = Math.Max(runStart, p - WindowRadius);
        var end = Math.Min(runEnd, p + WindowRadius + 1);
        var window = text.AsSpan(start, end - start);
        Span<char> changed = stackalloc char[window.Length];
        window.CopyTo(changed);
        changed[p - start] = replacement;
        return _segmenter.Score(changed) - _segmenter.Score(window);
    }
}
