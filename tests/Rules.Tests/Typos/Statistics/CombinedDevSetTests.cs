using ComplianceFns.Rules.Typos;
using ComplianceFns.Rules.Typos.Statistics;
using Xunit.Abstractions;

namespace ComplianceFns.Rules.Tests.Typos.Statistics;

/// <summary>The whole default detector on the development set, against the targets.</summary>
public sealed class CombinedDevSetTests(ITestOutputHelper output)
{
    [Fact]
    public void The_default_detector_meets_the_targets_on_the_development_set()
    {
        var gold = DevSet.Load();
        var detector = TypoDetector.CreateDefault(new StatisticalLayer());
        var predictions = new List<DevPrediction>();
        foreach (var sentence in gold)
        {
            var context = new TypoContext { PageDate = sentence.DocYear > 0 ? new DateOnly(sentence.DocYear, 6, 30) : null };
            predictions.AddRange(detector.Detect(sentence.Text, context).Select(h => new DevPrediction(sentence.Id, h.Start, h.End, h.Suggestion)));
        }

        var score = DevSetScorer.Score(gold, predictions);
        output.WriteLine("default detector: " + score);
        foreach (var (type, (total, detected)) in score.RecallByType.OrderBy(p => p.Key))
        {
            output.WriteLine($"  {type,-14} {detected,3} / {total,3}");
        }

        Assert.True(score.Precision >= 0.95, $"precision {score.Precision:F3}");
        Assert.True(score.Recall >= 0.75, $"recall {score.Recall:F3}");
        Assert.True(score.FalseAlarmsPer10K <= 2, $"{score.FalseAlarmsPer10K:F2} false alarms per 10k clean chars");
    }
}
