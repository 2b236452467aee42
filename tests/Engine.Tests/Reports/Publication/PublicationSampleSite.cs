using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Fetching;
using ComplianceFns.Engine.Inspection;
using ComplianceFns.Engine.Tests.Inspection;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.SampleSite;
using ComplianceFns.SampleSite.Manifest;

namespace ComplianceFns.Engine.Tests.Reports.Publication;

/// <summary>The sample site configured with its annual-report organ, inspected as of the manifest's date.</summary>
internal static class PublicationSampleSite
{
    public static SiteOptions Site(SampleSiteServer server, string? columnPath = null)
    {
        var site = SampleSiteInspection.Site(server);
        site.Organs =
        [
            new OrganOptions
            {
                Name = SampleSiteManifest.AnnualReportOrganName,
                Level = Enum.Parse<OrganLevel>(SampleSiteManifest.AnnualReportOrganLevel),
                Kind = Enum.Parse<OrganKind>(SampleSiteManifest.AnnualReportOrganKind),
                AnnualReportColumnUrl = new Uri(server.BaseUri, columnPath ?? SampleSiteManifest.AnnualReportColumnPath).AbsoluteUri,
                FirstYear = SampleSiteManifest.AnnualReportFirstYear,
            },
        ];
        return site;
    }

    public static SiteInspector Inspector() =>
        new(SampleSiteInspection.Options(), new SystemHostResolver(), new ShiftedTimeProvider(SampleSiteManifest.PublicationAsOf));

    public static bool IsPublication(this Finding finding) => finding.RuleId.StartsWith("P-", StringComparison.Ordinal);

    public static bool Reports(this Finding finding, ExpectedPublicationFinding expected, Uri baseUri) =>
        finding.RuleId == expected.RuleId
        && SampleSiteInspection.SameUrl(finding.PageUrl, new Uri(baseUri, expected.PagePath).AbsoluteUri)
        && finding.EvidenceValue("year") == expected.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)
        && finding.Message.Contains(expected.MessageFragment, StringComparison.Ordinal);
}
