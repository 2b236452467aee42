using ComplianceFns.SampleSite.Defects;
using ComplianceFns.SampleSite.Documents;
using ComplianceFns.SampleSite.Pages;

namespace ComplianceFns.SampleSite;

/// <summary>Everything the endpoints of one running sample site share.</summary>
internal sealed class SiteState(SampleSiteOptions options)
{
    private SiteAddresses? _addresses;
    private int _rateLimitedRequests;
    private int _unavailableRequests;

    public SampleSiteOptions Options { get; } = options;

    public DefectSwitches Switches { get; } = new();

    /// <summary>Signalled when the host begins to stop.</summary>
    public CancellationToken Stopping { get; private set; }

    public SiteAddresses Addresses => _addresses ?? throw new InvalidOperationException("The sample site has not started yet.");

    public byte[] AnnualReportPdf { get; private set; } = [];

    public byte[] AnnualReportDocx { get; private set; } = [];

    /// <summary>Binds the state to the listeners' real ports and builds the attachments, whose links are absolute.</summary>
    public void Start(SiteAddresses addresses, CancellationToken stopping)
    {
        _addresses = addresses;
        Stopping = stopping;
        AnnualReportPdf = AnnualReportPdfDocument.Create(DefectCatalog.Get("pdf-404").Href(addresses));
        AnnualReportDocx = AnnualReportDocxDocument.Create(DefectCatalog.Get("docx-404").Href(addresses));
    }

    /// <summary>The href a page shows for a planted defect: the broken one, or its replacement once fixed.</summary>
    public string DefectHref(string key)
    {
        var entry = DefectCatalog.Get(key);
        return Switches.IsFixed(key) && entry.ReplacementHref is { } replacement ? replacement : entry.Href(Addresses);
    }

    /// <summary>The missing annual report (<see cref="Manifest.SampleSiteManifest.MissingReportYear"/>) is listed in its column.</summary>
    public bool MissingReportPublished { get; set; }

    public string Render(string html) => PageTemplate.Expand(html, DefectHref, Addresses.BaseUri.Authority, AnnualReportItem);

    private string AnnualReportItem(string year) =>
        MissingReportPublished && year == Manifest.SampleSiteManifest.MissingReportYear.ToString(System.Globalization.CultureInfo.InvariantCulture)
            ? $"<li><a href=\"{Manifest.SampleSiteManifest.MissingReportPath}\" title=\"某某县人民政府{year}年政府信息公开工作年度报告\">某某县人民政府{year}年政府信息公开工作年度报告</a><span class=\"date\">2019-03-20</span></li>\n"
            : string.Empty;

    /// <summary>Every request but the home page and robots.txt is answered 429 (a site that rate-limits the crawler).</summary>
    public bool Throttled { get; set; }

    /// <summary>True only for the very first request (a transient 429 the client must retry).</summary>
    public bool FirstRateLimitedRequest() => Interlocked.Increment(ref _rateLimitedRequests) == 1;

    /// <summary>True only for the very first request (a transient 503 the client must retry).</summary>
    public bool FirstUnavailableRequest() => Interlocked.Increment(ref _unavailableRequests) == 1;
}
