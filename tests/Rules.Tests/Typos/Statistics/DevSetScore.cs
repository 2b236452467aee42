namespace ComplianceFns.Rules.Tests.Typos.Statistics;

/// <summary>The figures score.py prints, with the same definitions.</summary>
public sealed record DevSetScore(
    int GoldErrors,
    int Predictions,
    double Precision,
    double Recall,
    double F1,
    double CorrectionAccuracy,
    int FalseAlarmsOnClean,
    int CleanChars,
    double FalseAlarmsPer10K,
    int FalsePositivesInErroredSentences,
    IReadOnlyDictionary<string, (int Total, int Detected)> RecallByType)
{
    public override string ToString() =>
        $"predictions {Predictions}, gold errors {GoldErrors}: P {Precision:F3} R {Recall:F3} F1 {F1:F3}, " +
        $"correction {CorrectionAccuracy:F3}, false alarms {FalseAlarmsOnClean} in {CleanChars} clean chars = " +
        $"{FalseAlarmsPer10K:F2} per 10k, false positives in errored sentences {FalsePositivesInErroredSentences}";
}
