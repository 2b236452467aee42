using ComplianceFns.Engine.Checking;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Links;

namespace ComplianceFns.Engine.Inspection;

/// <summary>
/// Turns link occurrences and the probes of their targets into findings: broken links, missing anchors and wrong
/// links; a broken template link (same target and text on many pages) becomes one finding per site.
/// </summary>
internal static class LinkFindingAssembler
{
    public static IReadOnlyList<Finding> Assemble(
        string siteId, IReadOnlyList<LinkReference> occurrences, IReadOnlyDictionary<string, TargetProbe> probes, int sharedLinkMinPages, DateTimeOffset detectedAt)
    {
        var broken = new List<(LinkReference Reference, LinkCheckResult Result)>();
        var findings = new List<Finding>();
        foreach (var link in occurrences)
        {
            if (link.TargetUrl is null)
            {
                if (UnusableHref.Judge(link.RawHref) is { } unusable)
                {
                    broken.Add((link, unusable));
                }

                continue;
            }

            if (!probes.TryGetValue(link.TargetUrl, out var probe) || probe.NotChecked)
            {
                continue;
            }

            var result = probe.Result;
            if (result.IsBroken)
            {
                broken.Add((link, result));
                continue;
            }

            if (link.Fragment is { Length: > 0 } fragment && probe.AnchorIds is { } anchors && !FragmentTarget.IsFound(fragment, anchors))
            {
                broken.Add((link, result with { Failure = LinkFailure.MissingFragment, Detail = $"#{FragmentTarget.Display(fragment)}" }));
                continue;
            }

            if (link.Kind is LinkKind.Anchor or LinkKind.Area && (result.TargetTitle is not null || result.TargetHeadings.Count > 0)
                && WrongLinkDetector.Check(link.Text, result.TargetTitle, result.TargetHeadings) is { } verdict)
            {
                findings.Add(LinkFindingFactory.ForWrongLink(siteId, link, verdict, link.TargetUrl, detectedAt));
            }
        }

        foreach (var group in broken.GroupBy(b => (b.Reference.TargetUrl ?? b.Reference.RawHref, b.Reference.Text, b.Reference.Kind, b.Result.Failure)))
        {
            var pages = group.Select(g => g.Reference.PageUrl).Distinct(StringComparer.Ordinal).ToList();
            if (pages.Count >= sharedLinkMinPages)
            {
                var first = group.First();
                findings.Add(LinkFindingFactory.ForSharedLink(siteId, pages, first.Reference, first.Result, detectedAt));
                continue;
            }

            foreach (var (reference, result) in group)
            {
                if (LinkFindingFactory.ForBrokenLink(siteId, reference, result, detectedAt) is { } finding)
                {
                    findings.Add(finding);
                }
            }
        }

        return findings
            .GroupBy(f => f.Fingerprint, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(f => f.PageUrl, StringComparer.Ordinal)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.TargetUrl, StringComparer.Ordinal)
            .ToList();
    }
}
