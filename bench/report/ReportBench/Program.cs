using System.Diagnostics;
using System.Net;
using System.Text;
using ComplianceFns.Engine.Reporting;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Links;
using ComplianceFns.Rules.Typos;

// usage: ReportBench <findings> <out-dir>
// Writes report.html (the product's page) and plain.html (the same rows as a bare static table, the peer), and
// prints the median render time of the product's page over 5 renders.
var count = args.Length > 0 ? int.Parse(args[0]) : 10_000;
var outDir = args.Length > 1 ? args[1] : "artifacts/report-bench";
Directory.CreateDirectory(outDir);

var rules = ComplianceFns.Rules.Catalogue.RuleCatalog.All;
var start = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
var findings = new List<Finding>(count);
for (var i = 0; i < count; i++)
{
    var rule = rules[i % rules.Count];
    var site = $"site-{i % 5}";
    var page = $"http://www.example{i % 5}.gov.cn/xxgk/{i / 100}/t2024{i % 12 + 1:00}01_{i}.html";
    findings.Add(new Finding
    {
        RuleId = rule.Id,
        Severity = rule.Severity,
        SiteId = site,
        PageUrl = page,
        TargetUrl = rule.Id.StartsWith("link.", StringComparison.Ordinal) ? $"http://www.example{i % 5}.gov.cn/missing/{i}.html" : null,
        Text = rule.Id.StartsWith("typo.", StringComparison.Ordinal) ? "布署" : $"关于印发第{i}号文件的通知",
        Message = $"页面 {page} 中的链接“关于印发第{i}号文件的通知”无法访问：服务器返回 404（页面不存在）。",
        Evidence = [new("status", "404"), new("href", $"/missing/{i}.html")],
        Fingerprint = FindingFingerprint.Compute(rule.Id, site, page, i.ToString()),
        FirstSeen = start.AddDays(i % 20),
        LastSeen = start.AddDays(25),
    });
}

var runs = Enumerable.Range(0, 30).SelectMany(r => Enumerable.Range(0, 5).Select(s => new RunRecord
{
    RunId = $"run-{s}-{r}",
    SiteId = $"site-{s}",
    Trigger = "timer",
    StartedAt = start.AddDays(r),
    FinishedAt = start.AddDays(r).AddMinutes(10),
    Status = RunStatus.Succeeded,
    PagesCrawled = 2000,
    LinksChecked = 20000,
    FindingsByRule = new Dictionary<string, int> { ["link.http-404"] = count / 5 - r },
    NewFindings = 3,
    ResolvedFindings = 4,
    Errors = [],
})).OrderByDescending(r => r.StartedAt).ToList();
var data = new ReportData(start.AddDays(30), null, findings, runs);

var times = new List<double>();
string html = string.Empty;
for (var i = 0; i < 6; i++)
{
    var clock = Stopwatch.StartNew();
    html = HtmlReportRenderer.Render(data);
    times.Add(clock.Elapsed.TotalMilliseconds);
}

times.RemoveAt(0); // the first render pays for JIT
times.Sort();
File.WriteAllText(Path.Combine(outDir, "report.html"), html);

var plain = new StringBuilder("<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>plain</title><table>");
foreach (var f in findings)
{
    plain.Append("<tr><td>").Append(WebUtility.HtmlEncode(f.Severity.ToChinese())).Append("</td><td>")
        .Append(WebUtility.HtmlEncode(f.PageUrl)).Append("</td><td>").Append(WebUtility.HtmlEncode(f.Message)).Append("</td></tr>");
}

plain.Append("</table><script>document.documentElement.setAttribute('data-ready-ms', String(Math.round(performance.now())));</script></html>");
File.WriteAllText(Path.Combine(outDir, "plain.html"), plain.ToString());
Console.WriteLine($"findings={count} render_median_ms={times[times.Count / 2]:0} report_bytes={new FileInfo(Path.Combine(outDir, "report.html")).Length} plain_bytes={new FileInfo(Path.Combine(outDir, "plain.html")).Length}");
