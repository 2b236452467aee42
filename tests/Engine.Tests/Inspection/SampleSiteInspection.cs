using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Fetching;
using ComplianceFns.Engine.Inspection;
using ComplianceFns.Engine.Tests.Fetching;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Links;
using ComplianceFns.SampleSite;
using ComplianceFns.SampleSite.Manifest;

namespace ComplianceFns.Engine.Tests.Inspection;

/// <summary>Inspection settings for the bundled sample site: short timeouts, no politeness delay.</summary>
internal static class SampleSiteInspection
{
    public static CrawlOptions Options()
    {
        var options = FetchKit.FastOptions();
        options.RequestTimeout = TimeSpan.FromSeconds(4); // generous: healthy pages must not time out on a loaded CI machine
        options.MaxBodyBytes = new CrawlOptions().MaxBodyBytes;
        options.MaxDecompressedBytes = new CrawlOptions().MaxDecompressedBytes;
        return options;
    }

    public static SiteOptions Site(SampleSiteServer server, bool ignoreRobots = false) => new()
    {
        Id = server.SiteId,
        Name = SampleSiteServer.SiteName,
        StartUrls = [server.StartUrl.AbsoluteUri],
        IgnoreRobotsTxt = ignoreRobots,
    };

    public static SiteInspector Inspector() => new(Options(), new SystemHostResolver(), TimeProvider.System);

    /// <summary>True when the finding reports this planted defect (same rule, page, and target or raw href).</summary>
    public static bool Reports(this Finding finding, ExpectedDefect defect, Uri baseUri)
    {
        if (finding.RuleId != defect.RuleId)
        {
            return false;
        }

        var expectedPage = new Uri(baseUri, defect.PagePath);
        if (!SameUrl(finding.PageUrl, expectedPage.AbsoluteUri))
        {
            return false;
        }

        if (LinkRules.PageReadRules.Any(r => r.Id == defect.RuleId))
        {
            return true; // a finding about the page itself: no link, no target
        }

        var hashAt = defect.Target.IndexOf('#', StringComparison.Ordinal);
        if (defect.RuleId == LinkRules.MissingFragment.Id && hashAt >= 0)
        {
            return SameUrl(finding.TargetUrl, defect.Target[..hashAt]) && finding.EvidenceValue("fragment") == defect.Target[(hashAt + 1)..];
        }

        // No http(s) target to request: the href as written is the defect.
        if (defect.RuleId == LinkRules.InvalidUrl.Id || defect.RuleId == LinkRules.LocalFile.Id || defect.RuleId == LinkRules.FtpLink.Id)
        {
            return finding.EvidenceValue("href") == defect.Target;
        }

        return SameUrl(finding.TargetUrl, defect.Target);
    }

    public static bool SameUrl(string? actual, string expected) =>
        actual is not null && UrlCanonicalizer.TryCanonicalize(actual, out var a) && UrlCanonicalizer.TryCanonicalize(expected, out var e) && a == e;
}
