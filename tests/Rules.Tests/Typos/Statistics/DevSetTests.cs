using ComplianceFns.Rules.Typos;
using ComplianceFns.Rules.Typos.Statistics;
using Xunit.Abstractions;

namespace ComplianceFns.Rules.Tests.Typos.Statistics;

/// <summary>
/// Evaluation on the shared development set, with score.py's definitions. Prints the figures; asserts only the
/// false-alarm bound of the statistical layer (≤ 2 per 10,000 clean characters), which is what keeps admins reading.
/// When the TypoDetector façade lands, evaluate it here through <see cref="Evaluate"/> as well.
/// </summary>
public sealed class DevSetTests(ITestOutputHelper output)
{
    private const double MaxFalseAlarmsPer10K = 2.0;

    [Fact]
    public void Scorer_gives_oracle_predictions_full_marks_and_empty_predictions_zero_recall()
    {
        var gold = DevSet.Load();
        var oracle = gold.SelectMany(s => s.Errors.Select(e => new DevPrediction(s.Id, e.Start, e.End, e.Correct))).ToList();

        var perfect = DevSetScorer.Score(gold, oracle);
        var empty = DevSetScorer.Score(gold, []);
        var noisy = DevSetScorer.Score(gold, oracle.Concat(gold.Where(s => s.Errors.Count == 0).Select(s => new DevPrediction(s.Id, 0, 1, ""))));

        Assert.Equal((1.0, 1.0, 1.0, 0.0), (perfect.Precision, perfect.Recall, perfect.CorrectionAccuracy, perfect.FalseAlarmsPer10K));
        Assert.Equal(0.0, empty.Recall);
        Assert.True(noisy.Precision < 1.0 && noisy.FalseAlarmsPer10K > 0 && noisy.Recall == 1.0);
        Assert.Equal(191, perfect.GoldErrors);
    }

    [Fact]
    public void Scorer_counts_a_character_fix_inside_a_word_span_as_corrected()
    {
        var gold = new[] { new DevSentence("t", "认真布署工作", [new DevError(2, 4, "布署", "部署", "word")], 2020) };

        var right = DevSetScorer.Score(gold, [new DevPrediction("t", 2, 3, "部")]);
        var wrong = DevSetScorer.Score(gold, [new DevPrediction("t", 2, 3, "步")]);

        Assert.Equal((1.0, 1.0), (right.Recall, right.CorrectionAccuracy));
        Assert.Equal((1.0, 0.0), (wrong.Recall, wrong.CorrectionAccuracy));
    }

    [Fact]
    public void Statistical_layer_alone_stays_within_the_false_alarm_bound()
    {
        var gold = DevSet.Load();
        var layer = new StatisticalLayer();

        var predictions = Evaluate(gold, [layer], out var hitsById);
        var score = DevSetScorer.Score(gold, predictions);

        output.WriteLine("statistical layer alone: " + score);
        foreach (var (type, (total, detected)) in score.RecallByType.OrderBy(p => p.Key))
        {
            output.WriteLine($"  {type,-14} {detected,3} / {total,3}");
        }
        PrintMistakes(gold, hitsById);
        Assert.True(score.FalseAlarmsPer10K <= MaxFalseAlarmsPer10K,
            $"{score.FalseAlarmsPer10K:F2} false alarms per 10k clean chars > {MaxFalseAlarmsPer10K}");
        Assert.True(score.Predictions > 0, "the layer found nothing at all on the development set");
    }

    /// <summary>Runs the layers on every sentence and merges their hits: the earlier layer wins an overlap.</summary>
    public static List<DevPrediction> Evaluate(IReadOnlyList<DevSentence> gold, IReadOnlyList<ITypoLayer> layers,
        out Dictionary<string, List<TypoHit>> hitsById)
    {
        hitsById = [];
        var predictions = new List<DevPrediction>();
        foreach (var sentence in gold)
        {
            var context = new TypoContext { PageDate = sentence.DocYear > 0 ? new DateOnly(sentence.DocYear, 6, 30) : null };
            var merged = new List<TypoHit>();
            foreach (var layer in layers)
            {
                var found = new List<TypoHit>();
                layer.Detect(sentence.Text, context, found);
                merged.AddRange(found.Where(hit => !merged.Any(kept => kept.Start < hit.End && hit.Start < kept.End)));
            }
            hitsById[sentence.Id] = merged;
            predictions.AddRange(merged.Select(hit => new DevPrediction(sentence.Id, hit.Start, hit.End, hit.Suggestion)));
        }
        return predictions;
    }

    private void PrintMistakes(IReadOnlyList<DevSentence> gold, Dictionary<string, List<TypoHit>> hitsById)
    {
        foreach (var sentence in gold)
        {
            var hits = hitsById[sentence.Id];
            foreach (var hit in hits.Where(h => !sentence.Errors.Any(e => DevSetScorer.Overlap(h.Start, h.End, e.Start, e.End))))
            {
                output.WriteLine($"  false alarm {sentence.Id} {(sentence.Errors.Count == 0 ? "clean" : "errored")}: " +
                    $"{hit.Text}→{hit.Suggestion} in …{Around(sentence.Text, hit.Start, hit.End)}…");
            }
            foreach (var error in sentence.Errors.Where(e => !hits.Any(h => DevSetScorer.Overlap(h.Start, h.End, e.Start, e.End))))
            {
                output.WriteLine($"  missed {sentence.Id} {error.Type}: {error.Wrong}→{error.Correct} in …{Around(sentence.Text, error.Start, error.End)}…");
            }
        }
    }

    private static string Around(string text, int start, int end) =>
        text[Math.Max(0, start - 6)..Math.Min(text.Length, end + 6)];
}
