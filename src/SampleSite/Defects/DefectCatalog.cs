namespace ComplianceFns.SampleSite.Defects;

/// <summary>Every planted defect of the sample site: the single source for the pages, the endpoints and the manifest.</summary>
internal static class DefectCatalog
{
    public const string AnnualReportPdfPath = "/files/2025/2024-annual-report.pdf";
    public const string AnnualReportDocxPath = "/files/2024/2023-annual-report.docx";

    private const string NoticeHoliday = "/tzgg/202401/t20240126_1001.html";
    private const string NoticeConsultation = "/tzgg/202405/t20240515_1003.html";
    private const string NoticeOnlineHall = "/tzgg/202406/t20240603_1004.html";
    private const string NoticeRelocation = "/tzgg/202407/t20240710_1005.html";
    private const string PolicyBusiness = "/zcwj/202402/t20240220_2001.html";
    private const string PolicyVillages = "/zcwj/202403/t20240312_2002.html";
    private const string PolicyDisclosure = "/zcwj/202404/t20240425_2003.html";
    private const string PolicyDigital = "/zcwj/202405/t20240528_2004.html";
    private const string PolicyCleanup = "/zcwj/202406/t20240618_2005.html";
    private const string PolicyBusinessVideo = "/zcwj/202402/t20240226_2006.html";
    private const string StatisticsBulletin = "/xxgk/fdzdgknr/202403/t20240320_203.html";
    private const string KeyProjects = "/xxgk/fdzdgknr/202404/t20240416_204.html";
    private const string ContactPage = "/about/lxwm.html";

    public static IReadOnlyList<DefectEntry> All { get; } =
    [
        // The footer link breaks on every page; reported once per site, documented against the home page.
        new("footer-404", "link.http-404", "/", _ => "/hdjl/zxzx/index.html", null, "在线咨询") { IsTemplateLink = true },
        new("http-404", "link.http-404", NoticeHoliday, _ => "/tzgg/202301/t20230112_0999.html", null, "关于做好2023年春节期间值班工作的通知"),
        new("http-410", "link.http-410", NoticeConsultation, _ => "/gone", null, "某某县城乡供水管理办法（征求意见稿）"),
        new("http-4xx", "link.http-4xx", NoticeConsultation, _ => "/forbidden", null, "某某县公众意见征集系统"),
        new("http-5xx", "link.http-5xx", NoticeOnlineHall, _ => "/server-error", null, "某某县政务服务网上办事大厅"),
        new("timeout", "link.timeout", NoticeOnlineHall, _ => "/slow", null, "企业开办一网通办平台"),
        new("timeout-trickle", "link.timeout", NoticeOnlineHall, _ => "/trickle", null, "办件进度查询系统"),
        new("connection-error", "link.connection-error", NoticeOnlineHall, _ => "/reset", null, "某某县电子证照库"),
        new("connection-refused", "link.connection-refused", NoticeRelocation, a => $"http://127.0.0.1:{a.RefusedPort}/", ContactPage, "联系我们"),
        new("dns-failure", "link.dns-failure", NoticeRelocation, _ => "http://nonexistent.invalid/", ContactPage, "联系我们"),
        new("tls-failure", "link.tls-failure", NoticeRelocation, a => a.TlsBaseUri.AbsoluteUri, ContactPage, "联系我们"),
        new("redirect-loop", "link.redirect-loop", PolicyBusiness, _ => "/redirect/loop-a", null, "营商环境投诉举报平台"),
        new("too-many-redirects", "link.too-many-redirects", PolicyBusiness, _ => "/redirect/chain/1", null, "惠企政策兑现平台"),
        new("redirect-error", "link.redirect-error", PolicyBusiness, _ => "/redirect/to-missing", null, "营商环境政策汇编"),
        new("soft-404", "link.soft-404", PolicyVillages, _ => "/soft-404.html", null, "《某某县农村人居环境整治提升实施方案》政策解读"),
        new("missing-fragment", "link.missing-fragment", PolicyVillages, _ => "/xxgk/zn/index.html#no-such-section", "/xxgk/zn/index.html#section-3", "某某县政府信息公开指南"),
        new("wrong-target", "link.wrong-target", PolicyDisclosure, _ => "/tzgg/202404/t20240408_1002.html", "/xxgk/zn/index.html", "某某县政府信息公开指南"),
        new("private-address-10", "link.private-address", PolicyDigital, _ => "http://10.255.255.1/", ContactPage, "联系我们"),
        new("private-address-metadata", "link.private-address", PolicyDigital, _ => "http://169.254.169.254/latest/meta-data/", ContactPage, "联系我们"),
        new("invalid-url", "link.invalid-url", PolicyDigital, _ => "http://exa mple.com/", ContactPage, "联系我们"),
        new("broken-image", "link.broken-image", PolicyCleanup, _ => "/images/missing-table.png", null, "行政规范性文件清理结果一览表"),
        new("broken-script", "link.broken-script", PolicyCleanup, _ => "/js/missing-stats.js", null, "访问统计脚本"),
        new("broken-stylesheet", "link.broken-stylesheet", PolicyCleanup, _ => "/css/missing-theme.css", null, "专题样式表"),
        new("http-304", "link.http-304", PolicyDigital, _ => "/not-modified", null, "图解：某某县数字政府建设工作方案"),
        new("http-999", "link.http-nonstandard", StatisticsBulletin, _ => "/status-999", null, "某某市统计数据发布平台"),
        new("broken-media", "link.broken-media", PolicyBusinessVideo, _ => "/uploads/video/2024/yshjcs-jd.mp4", null, "《某某县优化营商环境若干措施》视频解读"),
        new("local-file", "link.local-file", KeyProjects, _ => "file:///C:/Users/ADMINI~1/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png", "/images/banner.png", "2024年重点建设项目分布图"),
        new("ftp", "link.ftp", StatisticsBulletin, _ => "ftp://ftp.moumou.gov.cn/tjj/2023/zyzb.csv", "/files/2024/2023-zyzb.csv", "某某县2023年主要统计指标"),
        new("pdf-404", "link.http-404", AnnualReportPdfPath, a => new Uri(a.BaseUri, "/files/2025/appendix-statistics.html").AbsoluteUri, null, "2024年政府信息公开工作年度报告附表"),
        new("docx-404", "link.http-404", AnnualReportDocxPath, a => new Uri(a.BaseUri, "/files/2024/appendix-applications.html").AbsoluteUri, null, "2023年政府信息公开申请办理情况统计表"),
    ];

    public static DefectEntry Get(string key) =>
        All.FirstOrDefault(e => e.Key == key) ?? throw new KeyNotFoundException($"No planted defect is named '{key}'.");

    /// <summary>Entries named by a rule id (all defects of that rule) or by a single defect key.</summary>
    public static IReadOnlyList<DefectEntry> Matching(string ruleIdOrKey) =>
        All.Where(e => e.RuleId == ruleIdOrKey || e.Key == ruleIdOrKey).ToList();
}
