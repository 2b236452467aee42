using System.Runtime.CompilerServices;
namespace ComplianceFns.Rules.Typos.Statistics;

/// <summary>
/// jieba's segmentation without HMM: the path through the word DAG with the highest summed log-probability, where
/// log P(word) = log(freq) − log(total) and an unknown single character counts with frequency 1. Unknown typos
/// therefore fall apart into single characters, which is the detection signal.
/// </summary>
internal sealed class MaxProbabilitySegmenter(WordFrequencyDictionary dictionary)
{
    public WordFrequencyDictionary Dictionary { get; } = dictionary;

    /// <summary>
    /// Segments <paramref name="text"/> and fills <paramref name="tokenEnd"/> (length ≥ text.Length + 1) so that
    /// the best path is 0 → tokenEnd[0] → tokenEnd[tokenEnd[0]] … → text.Length. Returns the path's log-probability.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Segment(ReadOnlySpan<char> text, Span<int> tokenEnd, Span<double> scratch)
    {
        var n = text.Length;
        var route = scratch[..(n + 1)];
        route[n] = 0;
        var dictionary = Dictionary;
        for (var i = n - 1; i >= 0; i--)
        {
            // A single character is always a candidate, known or not.
            var first = text[i];
            var best = dictionary.SingleCharLogProbability(first) + route[i + 1];
            var bestEnd = i + 1;
            var maxLength = Math.Min(dictionary.MaxLengthFrom(first), n - i);
            // Words from i are read off one trie walk; the pair filter skips the walk where no word starts with the two.
            if (maxLength >= 2 && dictionary.MayBeAdjacentInWord(first, text[i + 1]))
            {
                var node = dictionary.Step(WordFrequencyDictionary.Root, first);
                for (var length = 2; length <= maxLength && node >= 0; length++)
                {
                    node = dictionary.Step(node, text[i + length - 1]);
                    if (node < 0)
                    {
                        break; // no word starts with this span, so no longer one does
                    }
                    var frequency = dictionary.FrequencyAt(node);
                    if (frequency <= 0)
                    {
                        continue;
                    }
                    var score = dictionary.LogProbabilityOf(frequency) + route[i + length];
                    if (score > best)
                    {
                        best = score;
                        bestEnd = i + length;
                    }
                }
            }
            route[i] = best;
            tokenEnd[i] = bestEnd;
        }
        return route[0];
    }

    /// <summary>Log-probability of the best segmentation only.</summary>
    public double Score(ReadOnlySpan<char> text)
    {
        Span<int> ends = text.Length <= 256 ? stackalloc int[text.Length + 1] : new int[text.Length + 1];
        Span<double> scratch = text.Length <= 256 ? stackalloc double[text.Length + 1] : new double[text.Length + 1];
        return Segment(text, ends, scratch);
    }
}
