using ComplianceFns.SampleSite.Defects;

namespace ComplianceFns.SampleSite.Manifest;

/// <summary>What an inspection of the sample site must, and must not, report.</summary>
public static class SampleSiteManifest
{
    /// <summary>Paths (relative to the base URI) of the hostile pages a crawl must survive without findings.</summary>
    public static IReadOnlyList<string> TrapPaths { get; } =
    [
        "/calendar?year=2024&month=6",
        "/search?page=1",
        "/news/",
    ];

    /// <summary>
    /// Pages that answer but cannot be read (a body over the size cap, a compression bomb): the crawl survives them,
    /// follows none of their links, and reports each as one <c>link.unreadable-page</c> finding on the page itself.
    /// </summary>
    public static IReadOnlyList<string> UnreadablePagePaths { get; } =
    [
        "/big-page.html",
        "/gzip-bomb.html",
    ];

    /// <summary>The robots-excluded page and the broken link it holds; not reported unless robots.txt is ignored.</summary>
    public const string RobotsExcludedPagePath = "/private/index.html";

    public const string RobotsExcludedBrokenTargetPath = "/private/missing-report.html";

    /// <summary>Targets that look troublesome but work; none may be reported.</summary>
    public static IReadOnlyList<string> HealthyTrickyPaths { get; } =
    [
        "/healthy/head-405",
        "/healthy/head-403",
        "/healthy/rate-limited",
        "/healthy/unavailable-once",
        "/healthy/gzip.html",
        "/redirect/moved-1",
        "/xxgk/zn/index.html#section-2",
        "/xxgk/fdzdgknr/ldxx/detail/zhang-san.html",
        "/xxgk/zd/index.html",
        "/xxgk/fdzdgknr/202402/t20240205_202.html",
        "/legacy/2015/t20150610_88.html",
        "/legacy/2016/t20160308_93.html",
        "/xxgk/fdzdgknr/jgzn/index.html",
    ];

    /// <summary>Marks a typo in the shared footer: it is on every page and must be reported once per site.</summary>
    public const string EveryPage = "*";

    /// <summary>
    /// Typos planted in the text: a serious formulation error, an ordinary misspelling, a misspelling in the shared
    /// footer, and the non-standard 镕铸 (for 熔铸; 镕 is standard only in names) on the GBK page.
    /// </summary>
    public static IReadOnlyList<ExpectedTypo> ExpectedTypos { get; } =
    [
        new("typo.political-formulation", "/tzgg/202401/t20240126_1001.html", "四个自新", "四个自信"),
        new("typo.misspelling", "/zcwj/202402/t20240220_2001.html", "布署", "部署"),
        new("typo.misspelling", EveryPage, "按装", "安装"),
        new("typo.statistical", "/legacy/2016/t20160308_93.html", "镕铸", "熔铸"),
    ];

    /// <summary>The organ whose annual reports the sample site publishes (a county government: due 31 March).</summary>
    public const string AnnualReportOrganName = "某某县人民政府";

    /// <summary>OrganLevel and OrganKind names for the organ's configuration.</summary>
    public const string AnnualReportOrganLevel = "County";

    public const string AnnualReportOrganKind = "Government";

    /// <summary>The 政府信息公开年报 column; its second page is index_1.html.</summary>
    public const string AnnualReportColumnPath = "/xxgk/ndbg/index.html";

    public const int AnnualReportFirstYear = 2018;

    /// <summary>The year no report is published for, until <c>SampleSiteServer.PublishMissingAnnualReport</c>.</summary>
    public const int MissingReportYear = 2018;

    public const string MissingReportPath = "/xxgk/ndbg/201903/t20190320_306.html";

    /// <summary>The moment <see cref="ExpectedPublicationFindings"/> hold for (2025-06-01 09:00 Beijing): the 2024 report is due and on time.</summary>
    public static DateTimeOffset PublicationAsOf { get; } = new(2025, 6, 1, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Reports published in the column by their deadline, with narratives of their own: no finding.</summary>
    public static IReadOnlyList<int> OnTimeReportYears { get; } = [2021, 2022, 2023];

    /// <summary>
    /// The publication cases: 2018 missing; 2019 only in 通知公告; 2020 on the column's second page, dated only by its
    /// URL (2021-04-15, after 31 March); 2024 a copy of 2023 with new figures.
    /// </summary>
    public static IReadOnlyList<ExpectedPublicationFinding> ExpectedPublicationFindings { get; } =
    [
        new("P-EXISTS", AnnualReportColumnPath, MissingReportYear, "未找到“某某县人民政府2018年政府信息公开工作年度报告”（法定公布期限2019年3月31日已过）"),
        new("P-LOCATION", "/tzgg/202003/t20200325_1000.html", 2019, "仅发布在“通知公告”栏目，未在“政府信息公开年报”栏目发布"),
        new("P-DEADLINE", "/xxgk/ndbg/202104/t20210415_305.html", 2020, "2020年度报告发布于2021-04-15，晚于法定期限2021年3月31日，逾期15天（根据网址日期判断）"),
        new("P-DUPLICATE", "/xxgk/ndbg/202501/t20250120_302.html", 2024, "2024年度报告正文与2023年度报告相似度达"),
    ];

    /// <summary>Every planted defect, with absolute targets for a site at these addresses.</summary>
    /// <param name="baseUri">The site's base URI (<c>SampleSiteServer.BaseUri</c>).</param>
    /// <param name="tlsBaseUri">The untrusted HTTPS listener (<c>SampleSiteServer.TlsBaseUri</c>).</param>
    /// <param name="refusedPort">The closed port (<c>SampleSiteServer.RefusedPort</c>).</param>
    public static IReadOnlyList<ExpectedDefect> ExpectedDefects(Uri baseUri, Uri tlsBaseUri, int refusedPort)
    {
        var addresses = new SiteAddresses(baseUri, tlsBaseUri, refusedPort);
        return DefectCatalog.All
            .Select(e => new ExpectedDefect(e.RuleId, e.PagePath, e.Target(addresses)) { Key = e.Key, IsTemplateLink = e.IsTemplateLink })
            .ToList();
    }

    /// <summary>
    /// An attachment that downloads in full but is damaged (a PDF cut off before its cross-reference table): one
    /// <c>link.damaged-attachment</c> finding on the file itself.
    /// </summary>
    public const string DamagedAttachmentPath = "/bmfw/files/bszn-2024.pdf";

    /// <summary>The unread-page findings an inspection must report; the page is both where and what the defect is.</summary>
    public static IReadOnlyList<ExpectedDefect> ExpectedUnreadablePages(Uri baseUri) =>
        UnreadablePagePaths.Select(p => (Path: p, Rule: "link.unreadable-page"))
            .Append((Path: DamagedAttachmentPath, Rule: "link.damaged-attachment"))
            .Select(e => new ExpectedDefect(e.Rule, e.Path, new Uri(baseUri, e.Path).AbsoluteUri) { Key = "unreadable" + e.Path.Replace('/', '-') })
            .ToList();

    /// <summary>Absolute URLs of the trap pages and the robots-excluded page and link: none may appear in findings.</summary>
    public static IReadOnlyList<string> NotReportedUrls(Uri baseUri) =>
        TrapPaths.Append(RobotsExcludedPagePath).Append(RobotsExcludedBrokenTargetPath)
            .Select(p => new Uri(baseUri, p).AbsoluteUri)
            .ToList();

    /// <summary>Absolute URLs of the healthy tricky targets: none may appear as a finding's target.</summary>
    public static IReadOnlyList<string> HealthyTrickyUrls(Uri baseUri) =>
        HealthyTrickyPaths.Select(p => new Uri(baseUri, p).AbsoluteUri).ToList();

    /// <summary>The defect reported only when robots.txt is ignored (<c>SiteOptions.IgnoreRobotsTxt</c>).</summary>
    public static ExpectedDefect RobotsExcludedDefect(Uri baseUri) =>
        new("link.http-404", RobotsExcludedPagePath, new Uri(baseUri, RobotsExcludedBrokenTargetPath).AbsoluteUri) { Key = "robots-excluded-404" };
}
