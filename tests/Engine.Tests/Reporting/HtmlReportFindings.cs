using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Catalogue;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Links;
using ComplianceFns.Rules.Typos;

namespace ComplianceFns.Engine.Tests.Reporting;

/// <summary>
/// Fabricates realistic Chinese findings of every rule in both catalogues, for two sites, plus findings that a later
/// run resolves and 30+ run records per site, for the HTML report tests.
/// </summary>
internal static class HtmlReportFindings
{
    public static readonly string[] Sites = ["xian-zhengfu", "jiaoyu-ju"];

    /// <summary>Link text with markup and a javascript: target: hostile input the report must neutralise.</summary>
    public const string HostileText = "<script>alert('断链')</script>\"><img src=x onerror=alert(1)>";

    public const string HostileTarget = "javascript:alert(document.cookie)";

    private static readonly Dictionary<string, (string Status, string Problem)> LinkProblems = new(StringComparer.Ordinal)
    {
        ["link.http-404"] = ("404", "无法访问：服务器返回 404（页面不存在）"),
        ["link.http-410"] = ("410", "无法访问：服务器返回 410（页面已删除）"),
        ["link.http-4xx"] = ("403", "无法访问：服务器返回 403（禁止访问）"),
        ["link.http-5xx"] = ("502", "无法访问：重试 3 次后服务器仍返回 502"),
        ["link.timeout"] = ("timeout", "访问超时：30 秒内未收到完整响应"),
        ["link.connection-refused"] = ("refused", "无法访问：目标服务器拒绝连接"),
        ["link.connection-error"] = ("reset", "无法访问：连接被重置"),
        ["link.dns-failure"] = ("dns", "无法访问：域名无法解析"),
        ["link.tls-failure"] = ("tls", "无法访问：证书已过期"),
        ["link.redirect-loop"] = ("loop", "循环跳转：跳转回已访问过的地址"),
        ["link.too-many-redirects"] = ("redirects", "跳转超过 10 次"),
        ["link.redirect-error"] = ("404", "跳转后失效：最终地址返回 404"),
        ["link.soft-404"] = ("200", "指向“页面不存在”提示页：返回 200 但内容为“您访问的页面不存在”"),
        ["link.missing-fragment"] = ("200", "页内锚点“#fj2”在目标页面中不存在"),
        ["link.broken-image"] = ("404", "图片无法显示：服务器返回 404"),
        ["link.broken-script"] = ("404", "脚本无法加载：服务器返回 404"),
        ["link.broken-stylesheet"] = ("404", "样式表无法加载：服务器返回 404"),
        ["link.wrong-target"] = ("200", "链接文字为“2025年财政预算公开”，但目标页面标题为“2023年财政决算公开”"),
        ["link.private-address"] = ("blocked", "指向内网地址 10.12.0.8，公众无法访问，未发起请求"),
        ["link.invalid-url"] = ("invalid", "地址格式错误，无法作为网址访问"),
        ["link.http-304"] = ("304", "无法访问：服务器返回 304（内容未修改），但检查请求并未携带缓存信息，读者的浏览器将显示空白页面"),
        ["link.http-nonstandard"] = ("999", "无法访问：服务器返回非标准状态码 999（HTTP 标准未定义此状态，常见于网站拦截自动访问程序；读者用浏览器打开可能正常，请人工打开核实）"),
        ["link.broken-media"] = ("404", "无法加载：服务器返回 404（页面不存在）"),
        ["link.local-file"] = ("local", "无法访问：地址是本机文件路径（file: 协议），只能在编写页面的那台电脑上打开，读者无法访问"),
        ["link.ftp"] = ("ftp", "使用 FTP 协议（ftp:），目前主流浏览器已不再直接打开 FTP 地址，读者需另装 FTP 软件才能访问"),
    };

    private static readonly Dictionary<string, (string Wrong, string Right, string Context)> TypoProblems = new(StringComparer.Ordinal)
    {
        ["typo.country-name"] = ("中华人民共合国", "中华人民共和国", "根据《中华人民共合国政府信息公开条例》规定"),
        ["typo.organ-name"] = ("国务院办工厅", "国务院办公厅", "转发国务院办工厅关于加强政务公开的通知"),
        ["typo.own-organ-name"] = ("县人民政府办工室", "县人民政府办公室", "主办单位：县人民政府办工室"),
        ["typo.leader-name"] = ("县长付县长", "副县长", "县长付县长出席会议并讲话"),
        ["typo.political-formulation"] = ("四个自性", "四个自信", "坚定四个自性，做到两个维护"),
        ["typo.outdated-name"] = ("县国土资源局", "县自然资源局", "2024年5月，县国土资源局发布通告"),
        ["typo.misspelling"] = ("防讯", "防汛", "切实做好今年防讯抗旱工作"),
        ["typo.context-word"] = ("截止", "截至", "截止2025年12月31日，全县共受理申请"),
        ["typo.de-di-de"] = ("认真的", "认真地", "各部门要认真的落实整改要求"),
        ["typo.doubled-char"] = ("的的", "的", "推进政务公开的的标准化建设"),
        ["typo.statistical"] = ("部暑", "部署", "会议对下一阶段工作作出部暑"),
        ["typo.doubled-punctuation"] = ("，，", "，", "各乡镇，，各部门"),
        ["typo.unbalanced-bracket"] = ("《政府信息公开条例", "《政府信息公开条例》", "依据《政府信息公开条例办理"),
        ["typo.doc-number-format"] = ("[2025]", "〔2025〕", "县政办发[2025]12号"),
        ["typo.half-width-punctuation"] = (",", "，", "各乡镇,各部门"),
    };

    public static IEnumerable<RuleDescriptor> AllRules => ComplianceFns.Rules.Catalogue.RuleCatalog.All;

    /// <summary>One finding of every rule for the site: what the latest run found.</summary>
    public static List<Finding> CurrentFindings(string siteId)
    {
        var findings = new List<Finding>();
        var index = 0;
        foreach (var rule in AllRules)
        {
            findings.Add(rule.Id.StartsWith("link.", StringComparison.Ordinal) ? Link(siteId, rule, index)
                : rule.Id.StartsWith("typo.", StringComparison.Ordinal) ? Typo(siteId, rule, index)
                : AnnualReport(siteId, rule, index));
            index++;
        }

        // A second 404 on another page, so a rule group holds more than one row.
        findings.Add(Link(siteId, LinkRules.Http404, 99));
        return findings;
    }

    /// <summary>Findings an earlier run saw that the latest run no longer finds: they end up resolved.</summary>
    public static List<Finding> FixedFindings(string siteId) =>
        [Link(siteId, LinkRules.Http404, 200), Link(siteId, LinkRules.Timeout, 201), Typo(siteId, TypoRules.All[6], 202)];

    /// <summary>Daily runs oldest first, the last two matching the two merges (earlier, latest).</summary>
    public static List<RunRecord> Runs(string siteId, int count, DateTimeOffset latest, IReadOnlyList<Finding> current, IReadOnlyList<Finding> fixedOnes)
    {
        var runs = new List<RunRecord>();
        for (var i = 0; i < count; i++)
        {
            var startedAt = latest.AddDays(i - count + 1);
            var byRule = new Dictionary<string, int>(StringComparer.Ordinal);
            IEnumerable<Finding> found = i == count - 1 ? current : i == count - 2 ? current.Concat(fixedOnes) : current.Take(10 + (i * 7 % 23));
            foreach (var group in found.GroupBy(f => f.RuleId))
            {
                byRule[group.Key] = group.Count();
            }

            runs.Add(new RunRecord
            {
                RunId = $"run-{siteId}-{i:D3}",
                SiteId = siteId,
                Trigger = "timer",
                StartedAt = startedAt,
                FinishedAt = startedAt.AddMinutes(9).AddSeconds(i),
                Status = i % 11 == 5 ? RunStatus.CompletedWithErrors : RunStatus.Succeeded,
                PagesCrawled = 180 + i,
                LinksChecked = 4_200 + (i * 13),
                FindingsByRule = byRule,
                NewFindings = i == count - 1 ? 0 : 2,
                ResolvedFindings = i == count - 1 ? fixedOnes.Count : 1,
            });
        }

        return runs;
    }

    private static Finding Link(string siteId, RuleDescriptor rule, int index)
    {
        if (LinkRules.PageReadRules.Contains(rule))
        {
            // About the page itself: no link, no target.
            var start = rule == LinkRules.StartPageUnreachable;
            if (rule == LinkRules.DamagedAttachment)
            {
                return PageReadFindingFactory.ForUnreadPage(
                    siteId, $"https://{siteId}.gov.cn/xxgk/fj/bszn_{index}.pdf", false, PageReadProblem.DamagedAttachment,
                    "PDF文件已损坏或不完整，无法读取", 200, "application/pdf", default);
            }

            var url = start ? $"https://{siteId}.gov.cn/index.html" : $"https://{siteId}.gov.cn/zwgk/tjsj/art_{1000 + index}.html";
            return PageReadFindingFactory.ForUnreadPage(
                siteId, url, start, start ? PageReadProblem.Failed : PageReadProblem.TooLarge,
                start ? "服务器返回 503（服务暂时不可用），共尝试 3 次" : "页面内容超过 5 MB 的读取上限，未读取",
                start ? 503 : 200, "text/html", default);
        }

        var (status, problem) = LinkProblems[rule.Id];
        var page = $"https://{siteId}.gov.cn/zwgk/tzgg/2025/art_{1000 + index}.html";
        var hostile = rule.Id == LinkRules.InvalidUrl.Id;
        var target = hostile ? HostileTarget : $"https://{siteId}.gov.cn/xxgk/fj/{rule.Id.Replace("link.", string.Empty, StringComparison.Ordinal)}_{index}.pdf";
        var text = hostile ? HostileText : $"关于印发第{index + 1}号办事指南的通知";
        return new Finding
        {
            RuleId = rule.Id,
            Severity = rule.Severity,
            SiteId = siteId,
            PageUrl = page,
            TargetUrl = target,
            Text = text,
            Message = $"页面 {page} 中的链接“{text}”（{target}）{problem}。",
            Evidence = [new("status", status), new("href", target), new("detail", problem)],
            Fingerprint = FindingFingerprint.Compute(rule.Id, siteId, page, target),
        };
    }

    private static Finding Typo(string siteId, RuleDescriptor rule, int index)
    {
        var (wrong, right, context) = TypoProblems[rule.Id];
        var page = $"https://{siteId}.gov.cn/zwgk/zcwj/art_{2000 + index}.html";
        return new Finding
        {
            RuleId = rule.Id,
            Severity = rule.Severity,
            SiteId = siteId,
            PageUrl = page,
            Text = wrong,
            Message = $"页面 {page} 中“{wrong}”疑为{rule.ChineseName}，应为“{right}”。",
            Evidence = [new("context", context), new("suggestion", right), new("reason", rule.ChineseName)],
            Fingerprint = FindingFingerprint.Compute(rule.Id, siteId, page, null, wrong),
        };
    }

    /// <summary>An annual-report check finding: the report page, the check's Chinese name, expected vs actual.</summary>
    private static Finding AnnualReport(string siteId, RuleDescriptor rule, int index)
    {
        var page = $"https://{siteId}.gov.cn/zwgk/ndbg/art_{3000 + index}.html";
        var expected = (120 + index).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var actual = (118 + index).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Finding
        {
            RuleId = rule.Id,
            Severity = rule.Severity,
            SiteId = siteId,
            PageUrl = page,
            Text = "2024年政府信息公开工作年度报告",
            Message = $"页面 {page} 的《2024年政府信息公开工作年度报告》{rule.ChineseName}：应为 {expected}，实际为 {actual}。",
            Evidence = [new("expected", expected), new("actual", actual), new("detail", rule.ChineseName)],
            Fingerprint = FindingFingerprint.Compute(rule.Id, siteId, page, null, rule.Id),
        };
    }
}
