using ComplianceFns.Rules.Typos.Statistics;

namespace ComplianceFns.Rules.Tests.Typos.Statistics;

/// <summary>The pruned segmenter must choose exactly the path (and score) of jieba's plain DAG over every length.</summary>
public sealed class MaxProbabilitySegmenterTests
{
    [Fact]
    public void Pruned_lookups_give_the_same_path_and_score_as_trying_every_length()
    {
        var dictionary = WordFrequencyDictionary.Instance;
        var segmenter = new MaxProbabilitySegmenter(dictionary);
        var runs = DevSet.Load().SelectMany(sentence => HanRuns(sentence.Text)).ToList();
        Assert.True(runs.Count > 300);

        foreach (var run in runs)
        {
            var ends = new int[run.Length + 1];
            var score = segmenter.Segment(run, ends, new double[run.Length + 1]);
            var (expectedEnds, expectedScore) = Reference(dictionary, run);

            Assert.Equal(expectedScore, score);
            Assert.Equal(expectedEnds[..run.Length], ends[..run.Length]);
        }
    }

    // jieba's DAG without any pruning: every length up to the dictionary's maximum is looked up.
    private static (int[] Ends, double Score) Reference(WordFrequencyDictionary dictionary, string text)
    {
        var n = text.Length;
        var route = new double[n + 1];
        var ends = new int[n + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            var best = Math.Log(Math.Max(dictionary.FrequencyOf(text.AsSpan(i, 1)), 1)) - dictionary.LogTotal + route[i + 1];
            var bestEnd = i + 1;
            for (var length = 2; length <= Math.Min(WordFrequencyDictionary.MaxWordLength, n - i); length++)
            {
                var frequency = dictionary.FrequencyOf(text.AsSpan(i, length));
                if (frequency > 0 && Math.Log(frequency) - dictionary.LogTotal + route[i + length] is var score && score > best)
                {
                    best = score;
                    bestEnd = i + length;
                }
            }
            route[i] = best;
            ends[i] = bestEnd;
        }
        return (ends, route[0]);
    }

    private static IEnumerable<string> HanRuns(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isHan = i < text.Length && text[i] is >= '\u4E00' and <= '\u9FFF';
            if (isHan && start < 0)
            {
                start = i;
            }
            else if (!isHan && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}
