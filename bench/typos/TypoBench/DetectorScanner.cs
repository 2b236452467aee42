using ComplianceFns.Rules.Typos;

namespace TypoBench;

/// <summary>The real detector, as the crawler builds it.</summary>
public sealed class DetectorScanner : ITextScanner
{
    private readonly TypoDetector _detector = TypoDetector.CreateDefault(new ComplianceFns.Rules.Typos.Statistics.StatisticalLayer());

    public int Scan(string page) => _detector.Detect(page).Count;
}
