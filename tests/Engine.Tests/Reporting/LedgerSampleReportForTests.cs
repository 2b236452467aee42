using ComplianceFns.Engine.Reporting;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Catalogue;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Links;
using ComplianceFns.Rules.Typos;

namespace ComplianceFns.Engine.Tests.Reporting;

/// <summary>
/// Fabricates a realistic report: findings of every link and typo rule on several sites, resolved findings that the
/// ledger must leave out, and a month of runs.
/// </summary>
internal static class LedgerSampleReport
{
    public static readonly DateTimeOffset GeneratedAt = new(2026, 11, 26, 1, 30, 0, TimeSpan.Zero);

    public static readonly string[] Sites = ["hz-gov", "xh-district", "yq-town"];

    private static readonly string[] PageTitles = ["政府信息公开指南", "2025年政府信息公开工作年度报告", "关于印发《优化营商环境实施方案》的通知", "政策解读"];

    private static readonly string[] LinkTexts = ["办事指南", "政府信息公开目录", "依申请公开", "财政预决算"];

    public static IReadOnlyList<RuleDescriptor> AllRules { get; } = ComplianceFns.Rules.Catalogue.RuleCatalog.All;

    public static ReportData Create(string? siteFilter = null, IEnumerable<Finding>? extra = null)
    {
        var findings = new List<Finding>();
        var serial = 0;
        foreach (var rule in AllRules)
        {
            // Every rule appears on at least one site; some on two, so sorting by site and rule both matter.
            var siteCount = serial % 3 == 0 ? 2 : 1;
            for (var s = 0; s < siteCount; s++)
            {
                var site = Sites[(serial + s) % Sites.Length];
                findings.Add(Fabricate(rule, site, serial++, FindingStatus.Open));
            }
        }

        foreach (var rule in AllRules.Where((_, index) => index % 4 == 1))
        {
            findings.Add(Fabricate(rule, Sites[serial % Sites.Length], serial++, FindingStatus.Resolved));
        }

        findings.AddRange(extra ?? []);
        if (siteFilter is not null)
        {
            findings = findings.Where(f => f.SiteId == siteFilter).ToList();
        }

        return new ReportData(GeneratedAt, siteFilter, findings, Runs(siteFilter));
    }

    public static Finding Fabricate(RuleDescriptor rule, string site, int serial, FindingStatus status)
    {
        var page = $"https://{site}.example.gov.cn/zwgk/{2024 + (serial % 3)}/{serial:D4}/t2025{serial:D4}_{7000 + serial}.html";
        var title = PageTitles[serial % PageTitles.Length];
        var firstSeen = GeneratedAt.AddDays(-(serial % 20) - 1).AddHours(serial % 24).AddMinutes(serial * 7 % 60).AddSeconds(serial % 60);
        var lastSeen = status == FindingStatus.Open ? GeneratedAt.AddHours(-1).AddMinutes(-serial) : firstSeen.AddDays(2);
        var finding = rule.Id.StartsWith("link.", StringComparison.Ordinal)
            ? LinkFinding(rule, site, page, title, serial)
            : TypoFinding(rule, site, page, title, serial);
        return finding with
        {
            FirstSeen = firstSeen,
            LastSeen = lastSeen,
            Status = status,
            ResolvedAt = status == FindingStatus.Resolved ? lastSeen.AddDays(1) : null,
        };
    }

    private static Finding LinkFinding(RuleDescriptor rule, string site, string page, string title, int serial)
    {
        var text = LinkTexts[serial % LinkTexts.Length];
        var target = $"https://{site}.example.gov.cn/xxgk/{serial:D4}/index.html";
        var detail = rule.Id switch
        {
            "link.http-404" => "服务器返回 404（页面不存在）",
            "link.http-410" => "服务器返回 410（资源已永久删除）",
            "link.http-4xx" => "服务器返回 403（禁止访问）",
            "link.http-5xx" => "重试 3 次后服务器仍返回 502（网关错误）",
            "link.timeout" => "30 秒内未收到完整响应",
            "link.wrong-target" => "链接文字为“" + text + "”，目标页面标题却是“首页”",
            _ => rule.ChineseName,
        };
        return new Finding
        {
            RuleId = rule.Id,
            Severity = rule.Severity,
            SiteId = site,
            PageUrl = page,
            TargetUrl = target,
            Text = text,
            Message = $"页面《{title}》（{page}）中的链接“{text}”（{target}）{rule.ChineseName}：{detail}。",
            Evidence = [new("status", "404"), new("redirects", "0"), new("detail", detail), new("href", target)],
            Fingerprint = FindingFingerprint.Compute(rule.Id, site, page, target),
        };
    }

    private static Finding TypoFinding(RuleDescriptor rule, string site, string page, string title, int serial)
    {
        var (wrong, right) = rule.Id switch
        {
            "typo.country-name" => ("中华人民共合国", "中华人民共和国"),
            "typo.organ-name" => ("国务院办工厅", "国务院办公厅"),
            "typo.misspelling" => ("布署", "部署"),
            "typo.context-word" => ("截止2025年底", "截至2025年底"),
            "typo.doubled-char" => ("的的", "的"),
            "typo.doc-number-format" => ("杭政办〔2025]3号", "杭政办〔2025〕3号"),
            _ => ("防讯", "防汛"),
        };
        return new Finding
        {
            RuleId = rule.Id,
            Severity = rule.Severity,
            SiteId = site,
            PageUrl = page,
            Text = wrong,
            Message = $"页面《{title}》（{page}）中“{wrong}”{rule.ChineseName}，应为“{right}”。",
            Evidence = [new("context", $"……认真{wrong}各项工作……"), new("suggestion", right), new("reason", rule.ChineseName)],
            Fingerprint = FindingFingerprint.Compute(rule.Id, site, page, null, wrong + serial),
        };
    }

    private static IReadOnlyList<RunRecord> Runs(string? siteFilter)
    {
        var runs = new List<RunRecord>();
        foreach (var site in Sites.Where(site => siteFilter is null || site == siteFilter))
        {
            for (var day = 0; day < 30; day++)
            {
                var started = GeneratedAt.AddDays(-day).AddHours(-3);
                runs.Add(new RunRecord
                {
                    RunId = $"{site}-{started:yyyyMMddHHmm}",
                    SiteId = site,
                    Trigger = "timer",
                    StartedAt = started,
                    FinishedAt = started.AddMinutes(14),
                    Status = day % 9 == 4 ? RunStatus.CompletedWithErrors : RunStatus.Succeeded,
                    PagesCrawled = 300 + day,
                    LinksChecked = 5_000 + (day * 13),
                    FindingsByRule = new Dictionary<string, int> { ["link.http-404"] = 3 + (day % 4), ["typo.misspelling"] = 1 },
                    NewFindings = day % 3,
                    ResolvedFindings = day % 2,
                });
            }
        }

        return runs.OrderByDescending(run => run.StartedAt).ToList();
    }
}
