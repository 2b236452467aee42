using ComplianceFns.Rules.Tests.Typos.Statistics;
using System.Text.Json;
using ComplianceFns.Rules.Typos;
using Xunit.Abstractions;

namespace ComplianceFns.Rules.Tests.Typos;

public sealed class DevSetTests(ITestOutputHelper output)
{
    // Error types of the dev set that the curated layers are meant to catch in full (serious classes).
    private static readonly string[] SeriousTypes = ["formulation", "agency"];

    [Fact]
    public void Curated_layers_find_every_serious_error_with_few_false_alarms_on_clean_sentences()
    {
        var detector = TypoDetector.CreateDefault();
        var sentences = DevSet.Load();
        int predictions = 0, correctPredictions = 0, found = 0, total = 0, cleanChars = 0, falseAlarms = 0;
        var missedSerious = new List<string>();
        var lines = new List<string>();
        foreach (var sentence in sentences)
        {
            // Mid-year: documents of a year are dated to its middle, the dev set gives only the year.
            var context = new TypoContext { PageDate = new DateOnly(sentence.DocYear, 6, 30) };
            var hits = detector.Detect(sentence.Text, context);
            foreach (var hit in hits)
            {
                Assert.Equal(sentence.Text[hit.Start..hit.End], hit.Text);
                lines.Add(JsonSerializer.Serialize(new { id = sentence.Id, start = hit.Start, end = hit.End, suggestion = hit.Suggestion }));
                predictions++;
                var good = sentence.Errors.Any(e => hit.Start < e.End && e.Start < hit.End);
                correctPredictions += good ? 1 : 0;
                if (!good)
                {
                    output.WriteLine($"FP {sentence.Id} {hit.RuleId} “{hit.Text}”→“{hit.Suggestion}” in {sentence.Text}");
                }
            }

            if (sentence.Errors.Count == 0)
            {
                cleanChars += sentence.Text.Length;
                falseAlarms += hits.Count;
            }

            foreach (var error in sentence.Errors)
            {
                total++;
                var detected = hits.Any(h => h.Start < error.End && error.Start < h.End);
                found += detected ? 1 : 0;
                if (!detected && SeriousTypes.Contains(error.Type))
                {
                    missedSerious.Add($"{sentence.Id} {error.Type} {error.Wrong}→{error.Correct}");
                }
            }
        }

        var outDir = Environment.GetEnvironmentVariable("TYPO_DEV_PREDICTIONS");
        if (!string.IsNullOrEmpty(outDir))
        {
            File.WriteAllLines(outDir, lines);
        }

        var precision = predictions == 0 ? 0 : (double)correctPredictions / predictions;
        var recall = (double)found / total;
        var falseAlarmsPer10K = falseAlarms * 10_000.0 / cleanChars;
        output.WriteLine($"precision {precision:F3} recall {recall:F3} false alarms/10k clean chars {falseAlarmsPer10K:F2}");
        Assert.Empty(missedSerious);
        Assert.True(falseAlarmsPer10K <= 2.0, $"false alarms per 10,000 clean characters: {falseAlarmsPer10K:F2}");
        Assert.True(precision >= 0.95, $"precision {precision:F3}");
    }
}
