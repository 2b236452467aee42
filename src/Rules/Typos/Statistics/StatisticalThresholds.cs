namespace ComplianceFns.Rules.Typos.Statistics;

/// <summary>Tuning knobs of the statistical layer; the defaults are precision-first (docs/domain/typos.md §4, L2).</summary>
public sealed record StatisticalThresholds
{
    public static StatisticalThresholds Default { get; } = new();

    /// <summary>
    /// Minimum gain in segmentation log-probability (natural log) of the window after the substitution: ln 10³. True
    /// fixes on the development set gain 7–12 (推近→推进 7.9, 部们→部门 7.5, 严隔→严格 10.3), so ln 10⁵ missed most of them;
    /// re-measure with DevSetTests whenever the confusion table grows.
    /// </summary>
    public double MinLogGain { get; init; } = Math.Log(1e3);

    /// <summary>
    /// The bar for a pair that only the Unihan reading/shape table proposes: ln 10⁵. With the whole table at ln 10³ the
    /// development set's clean sentences gave 5.2 false alarms per 10,000 characters (微博→微波, 股室→股市, 战疫→战役);
    /// at ln 10⁵, 1.0.
    /// </summary>
    public double MinLogGainGenericPair { get; init; } = Math.Log(1e5);

    /// <summary>The corrected word must be at least this frequent in the dictionary.</summary>
    public int MinCorrectedWordFrequency { get; init; } = 50;

    /// <summary>A dictionary word at most this frequent is a suspect when a confusable variant is far more frequent (布署 2).</summary>
    public int MaxSuspectWordFrequency { get; init; } = 5;

    /// <summary>How many times more frequent that variant must be (部署 3,333 vs 布署 2).</summary>
    public int MinVariantFrequencyRatio { get; init; } = 200;

    /// <summary>Characters on each side of the candidate that the scoring window covers.</summary>
    public int WindowRadius { get; init; } = 4;
}
