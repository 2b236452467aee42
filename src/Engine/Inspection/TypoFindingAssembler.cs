using ComplianceFns.Engine.Crawling;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Typos;

namespace ComplianceFns.Engine.Inspection;

/// <summary>
/// Turns the typos found on each page into findings: the same typo in the same words is one finding per site, naming
/// its pages (on many pages it is the site's header, footer or navigation); a statistical suspect that the site uses
/// on many pages in different sentences is one of the site's own terms and is dropped.
/// </summary>
internal static class TypoFindingAssembler
{
    /// <summary>Pages (in different sentences) after which a statistical suspect counts as the site's own term.</summary>
    public const int SiteTermMinPages = 3;

    public static IReadOnlyList<Finding> Assemble(string siteId, IReadOnlyList<CrawledPage> pages, int sharedMinPages, DateTimeOffset detectedAt)
    {
        var occurrences = pages.SelectMany(p => p.Typos.Select(t => (Page: p.Url, Typo: t))).ToList();
        var siteTerms = occurrences
            .Where(o => o.Typo.Hit.RuleId == "typo.statistical")
            .GroupBy(o => o.Typo.Hit.Text)
            .Where(g => g.Select(o => o.Page).Distinct().Count() >= SiteTermMinPages && g.Select(o => (o.Typo.Before, o.Typo.After)).Distinct().Count() >= SiteTermMinPages)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);

        var findings = new List<Finding>();
        foreach (var group in occurrences.Where(o => !(o.Typo.Hit.RuleId == "typo.statistical" && siteTerms.Contains(o.Typo.Hit.Text))).GroupBy(o => o.Typo.SharedKey))
        {
            var pageUrls = group.Select(o => o.Page).Distinct(StringComparer.Ordinal).ToList();
            var first = group.First().Typo;
            findings.Add(TypoFindingFactory.ForPages(siteId, pageUrls, first.Hit, first.Before, first.After, sharedMinPages, detectedAt));
        }

        return findings
            .GroupBy(f => f.Fingerprint, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(f => f.PageUrl, StringComparer.Ordinal)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();
    }
}
