namespace ComplianceFns.Rules.Tests.Typos.Statistics;

/// <summary>
/// A port of ../shared/samples/typo-dev/score.py. Offsets stay in UTF-16 units on both sides (score.py maps both to
/// Python indices, a monotone mapping, so overlaps and fixes compare the same). Identical duplicate predictions count once.
/// </summary>
public static class DevSetScorer
{
    public static DevSetScore Score(IReadOnlyList<DevSentence> gold, IEnumerable<DevPrediction> predictions)
    {
        var byId = gold.ToDictionary(sentence => sentence.Id);
        var predicted = predictions
            .Where(p => byId.TryGetValue(p.Id, out var s) && 0 <= p.Start && p.Start <= p.End && p.End <= s.Text.Length)
            .Distinct()
            .GroupBy(p => p.Id)
            .ToDictionary(g => g.Key, g => g.ToList());
        int predictionCount = 0, truePredictions = 0, falseAlarms = 0, cleanChars = 0, fpInErrored = 0;
        int goldCount = 0, detected = 0, corrected = 0;
        var byType = new Dictionary<string, (int Total, int Detected)>();
        foreach (var sentence in gold)
        {
            var preds = predicted.GetValueOrDefault(sentence.Id) ?? [];
            var clean = sentence.Errors.Count == 0;
            if (clean)
            {
                cleanChars += sentence.Text.Length;
                falseAlarms += preds.Count;
            }
            foreach (var pred in preds)
            {
                predictionCount++;
                if (sentence.Errors.Any(g => Overlap(pred.Start, pred.End, g.Start, g.End)))
                {
                    truePredictions++;
                }
                else if (!clean)
                {
                    fpInErrored++;
                }
            }
            foreach (var error in sentence.Errors)
            {
                goldCount++;
                var counts = byType.GetValueOrDefault(error.Type);
                var hits = preds.Where(p => Overlap(p.Start, p.End, error.Start, error.End)).ToList();
                if (hits.Count > 0)
                {
                    detected++;
                    counts.Detected++;
                    if (hits.Any(p => p.Suggestion is not null && FixesAgree(sentence.Text, p, error)))
                    {
                        corrected++;
                    }
                }
                counts.Total++;
                byType[error.Type] = counts;
            }
        }
        var precision = Ratio(truePredictions, predictionCount);
        var recall = Ratio(detected, goldCount);
        return new DevSetScore(goldCount, predictionCount, precision, recall,
            precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall),
            Ratio(corrected, detected), falseAlarms, cleanChars, Ratio(falseAlarms * 10000.0, cleanChars), fpInErrored, byType);
    }

    /// <summary>A zero-width prediction overlaps when it lies inside the gold span or on its edge.</summary>
    public static bool Overlap(int predStart, int predEnd, int goldStart, int goldEnd) =>
        predStart == predEnd ? goldStart <= predStart && predStart <= goldEnd : predStart < goldEnd && goldStart < predEnd;

    /// <summary>Both fixes give the same text over the union of the two spans.</summary>
    public static bool FixesAgree(string text, DevPrediction pred, DevError gold)
    {
        int low = Math.Min(pred.Start, gold.Start), high = Math.Max(pred.End, gold.End);
        var byPrediction = text[low..pred.Start] + pred.Suggestion + text[pred.End..high];
        var byGold = text[low..gold.Start] + gold.Correct + text[gold.End..high];
        return byPrediction == byGold;
    }

    private static double Ratio(double numerator, double denominator) => denominator == 0 ? 0 : numerator / denominator;
}
