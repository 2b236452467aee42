using ComplianceFns.Engine.Reporting;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Links;
using ComplianceFns.Rules.Reports;
using ComplianceFns.Rules.Reports.Checking;
using ComplianceFns.Rules.Typos;
using ComplianceFns.TestSupport.Storage;

namespace ComplianceFns.Engine.Tests.Reporting;

/// <summary>
/// A store holding findings made by the engine's own factories (so their evidence carries what the engine really
/// writes: enum names, offsets, identity keys, "url"), from two site inspections with an annual-report check between
/// them; the site has a configured name. The report and the ledger are rendered from it once, to temp files.
/// </summary>
public sealed class RealEvidenceReportFixture : IAsyncLifetime
{
    public const string SiteId = "county-gov";

    public const string SiteName = "某某县人民政府";

    public const int SharedPages = 74;

    public static readonly DateTimeOffset Latest = new(2026, 5, 20, 1, 0, 0, TimeSpan.Zero);

    private const string Host = "https://www.example-county.gov.cn";

    private readonly StorageOptions options = new() { TablePrefix = AzuriteStorage.NewTablePrefix() };
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(120));
    private DirectoryInfo? folder;

    public IReadOnlyList<Finding> StoredOpen { get; private set; } = [];

    /// <summary>The one finding the latest inspection found for the first time.</summary>
    public Finding NewFinding { get; } = Broken($"{Host}/zwgk/tzgg/art_9.html", "/zwgk/xxgk/gone.html", "政策文件汇编", LinkKind.Anchor, LinkFailure.HttpNotFound, 404);

    public ReportData Data { get; private set; } = null!;

    public string ReportPath { get; private set; } = string.Empty;

    public string LedgerPath { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var ct = timeout.Token;
        var store = new TableFindingStore(AzuriteStorage.CreateTableServiceClient(), options);
        var first = Latest.AddDays(-1);
        var reportCheck = first.AddHours(2);
        var site = SiteFindings(first);
        var report = ReportFindings();
        await store.MergeRunAsync(SiteId, "run-1", site, ["link.", "typo.", "P-"], first, ct);
        await store.MergeRunAsync(SiteId, "check-1", report, ["S-", "T2-", "T3-", "T4-", "N-"], reportCheck, ct);
        await store.MergeRunAsync(SiteId, "run-2", [.. site, NewFinding], ["link.", "typo.", "P-"], Latest, ct);
        await store.SaveRunAsync(Run("run-1", "timer", first, site.Count + 3, newFindings: site.Count), ct);
        await store.SaveRunAsync(Run("check-1", ReportCheckRunTrigger, reportCheck, report.Count, newFindings: report.Count), ct);
        await store.SaveRunAsync(Run("run-2", "timer", Latest, site.Count + 1, newFindings: 1), ct);

        StoredOpen = await store.GetFindingsAsync(SiteId, FindingStatus.Open, ct);
        Data = await ReportDataLoader.LoadAsync(store, SiteId, Latest.AddMinutes(30), new Dictionary<string, string> { [SiteId] = SiteName }, ct);
        folder = Directory.CreateTempSubdirectory("html-report-evidence-");
        ReportPath = Path.Combine(folder.FullName, "report.html");
        await File.WriteAllTextAsync(ReportPath, HtmlReportRenderer.Render(Data), ct);
        LedgerPath = Path.Combine(folder.FullName, "ledger.xlsx");
        await using var ledger = File.Create(LedgerPath);
        RectificationLedgerWriter.Write(Data, ledger);
    }

    public async Task DisposeAsync()
    {
        await AzuriteStorage.DeleteTablesWithPrefixAsync(options.TablePrefix);
        timeout.Dispose();
        folder?.Delete(recursive: true);
    }

    /// <summary>The trigger check-report records (a report check, not a site inspection).</summary>
    public const string ReportCheckRunTrigger = Engine.Reports.Checking.ReportCheckRequest.DefaultTrigger;

    private static List<Finding> SiteFindings(DateTimeOffset at)
    {
        var home = $"{Host}/index.html";
        var article = $"{Host}/zwgk/tzgg/art_1.html";
        var attachment = $"{Host}/files/2024/report.docx";
        var wrong = new LinkReference(article, "/zwgk/zcjd/art_7.html", $"{Host}/zwgk/zcjd/art_7.html", "《某某县政务公开工作要点》解读", LinkKind.Anchor);
        var sharedReference = new LinkReference(home, "/hdjl/zxzx/index.html", $"{Host}/hdjl/zxzx/index.html", "在线咨询", LinkKind.Anchor);
        var sharedPages = Enumerable.Range(0, SharedPages).Select(i => i == 0 ? home : $"{Host}/zwgk/tzgg/art_{100 + i}.html").ToList();
        return
        [
            Broken(article, "/zwgk/old.html", "2023年工作总结", LinkKind.Anchor, LinkFailure.HttpNotFound, 404),
            Broken(attachment, $"{Host}/files/2024/appendix.html", "附表", LinkKind.DocumentLink, LinkFailure.HttpNotFound, 404),
            Broken(article, "http://10.0.0.8/oa/", "内部办公系统", LinkKind.Anchor, LinkFailure.BlockedAddress, null, "10.0.0.8"),
            Broken(article, "/images/banner.png", string.Empty, LinkKind.Image, LinkFailure.HttpServerError, 503, attempts: 3),
            LinkFindingFactory.ForSharedLink(SiteId, sharedPages, sharedReference, Result(sharedReference.TargetUrl!, LinkFailure.HttpNotFound, 404), at),
            LinkFindingFactory.ForWrongLink(
                SiteId, wrong, new WrongLinkVerdict(WrongLinkCase.DocumentName, "《某某县政务公开工作要点》", "2023年财政决算公开", 0.12, "目标页面标题和正文标题中没有“某某县政务公开工作要点”"),
                wrong.TargetUrl!, at),
            TypoFindingFactory.ForPages(
                SiteId, [article], new TypoHit(255, 259, "四个自新", "四个自信", "typo.political-formulation", Severity.Serious, "固定提法“四个自信”写错"),
                "各单位要坚持", "，以良好作风迎接检查。", 3, at),
            PageReadFindingFactory.ForUnreadPage(SiteId, $"{Host}/big.html", false, PageReadProblem.TooLarge, "页面内容超过 5 MB 的读取上限，未读取", 200, "text/html", at),
            Publication("P-DEADLINE", Severity.General, "《某某县人民政府2023年政府信息公开工作年度报告》于2024-02-15发布，晚于法定公布期限2024-01-31。",
                [new("organ", SiteName), new("year", "2023"), new("publishedOn", "2024-02-15"), new("dateSource", "url"), new("deadline", "2024-01-31")]),
            Publication("P-EXISTS", Severity.Serious, "未找到“某某县人民政府2018年政府信息公开工作年度报告”（法定公布期限2019年3月31日已过）",
                [new("organ", SiteName), new("year", "2018"), new("column", $"{Host}/xxgk/ndbg/index.html"), new("deadline", "2019-03-31")]),
        ];
    }

    private static List<Finding> ReportFindings()
    {
        var issue = new ReportIssue("T3-COL", Severity.Serious, "表三“总计”列：本年新收34+上年结转2=36，但办理结果总计32+结转下年度3=35，勾稽不平（差1）")
        {
            Table = "表三",
            Column = "总计",
            Expected = "36",
            Actual = "35",
        };
        var finding = ReportFindingFactory.FromIssue(issue, SiteId, "某某县人民政府2024年政府信息公开工作年度报告.txt", 2024, SiteName);
        // As FromIssue(issue, site, report) records it: the report's identity key rides along in the evidence.
        return [finding with { Evidence = [.. finding.Evidence, new(ReportFindingFactory.IdentityEvidence, $"{SiteName}|2024")] }];
    }

    private static Finding Broken(string page, string href, string text, LinkKind kind, LinkFailure failure, int? status, string? detail = null, int attempts = 1)
    {
        var target = href.StartsWith("http", StringComparison.Ordinal) ? href : Host + href;
        var reference = new LinkReference(page, href, target, text, kind);
        return LinkFindingFactory.ForBrokenLink(SiteId, reference, Result(target, failure, status, detail, attempts), Latest)
            ?? throw new InvalidOperationException("not a broken link");
    }

    private static LinkCheckResult Result(string url, LinkFailure failure, int? status, string? detail = null, int attempts = 1) =>
        new() { Url = url, Failure = failure, StatusCode = status, Detail = detail, Attempts = attempts };

    private static Finding Publication(string rule, Severity severity, string message, KeyValuePair<string, string>[] evidence) => new()
    {
        RuleId = rule,
        Severity = severity,
        SiteId = SiteId,
        PageUrl = $"{Host}/xxgk/ndbg/index.html",
        Message = message,
        Evidence = evidence,
        Fingerprint = FindingFingerprint.Compute(rule, SiteId, evidence[1].Value, null),
    };

    private static RunRecord Run(string id, string trigger, DateTimeOffset at, int open, int newFindings) => new()
    {
        RunId = id,
        SiteId = SiteId,
        Trigger = trigger,
        StartedAt = at,
        FinishedAt = at.AddMinutes(5),
        Status = RunStatus.Succeeded,
        PagesCrawled = 76,
        LinksChecked = 109,
        FindingsByRule = new Dictionary<string, int> { ["link.http-404"] = open },
        NewFindings = newFindings,
    };
}
