using System.Globalization;
using System.Text;
using ComplianceFns.Engine.Alerts;
using ComplianceFns.Engine.Reporting;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Catalogue;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Pipeline;

/// <summary>
/// The daily digest mail: per site, what is new since the previous digest, what is still open by severity and
/// what was fixed, with the new findings listed (page, rule, message) up to a limit.
/// </summary>
public static class DigestComposer
{
    private static readonly Severity[] SeverityOrder = [Severity.Serious, Severity.General, Severity.Hint];

    public static AlertMail Compose(
        IReadOnlyList<string> to, IReadOnlyList<SiteDigest> sites, DateTimeOffset since, DateTimeOffset now, string subjectPrefix, int findingsPerSite)
    {
        var ordered = sites.OrderByDescending(s => s.OpenBySeverity.GetValueOrDefault(Severity.Serious))
            .ThenByDescending(s => s.New.Count).ThenBy(s => s.SiteId, StringComparer.Ordinal).ToList();
        var day = BeijingTime.Of(now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var newTotal = ordered.Sum(s => s.New.Count);
        var openTotal = ordered.Sum(s => s.OpenTotal);
        var fixedTotal = ordered.Sum(s => s.Fixed.Count);
        var subject = string.Create(CultureInfo.InvariantCulture,
            $"{subjectPrefix}每日汇总 {day}：{ordered.Count} 个站点，新增 {newTotal} 条，未整改 {openTotal} 条，已整改 {fixedTotal} 条");
        var period = string.Create(CultureInfo.InvariantCulture, $"统计时段：{Beijing(since)} 至 {Beijing(now)}（北京时间）");

        var text = new StringBuilder();
        var html = new StringBuilder();
        text.AppendLine(subject.Replace(subjectPrefix, string.Empty, StringComparison.Ordinal)).AppendLine(period).AppendLine();
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").Append(HtmlText.Encode(subject))
            .Append("</title></head><body style=\"font-family:sans-serif\"><p>").Append(HtmlText.Encode(period)).Append("</p>")
            .Append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr><th>站点</th><th>新增</th><th>未整改（严重）</th>")
            .Append("<th>未整改（一般）</th><th>未整改（提示）</th><th>已整改</th></tr></thead><tbody>");
        foreach (var site in ordered)
        {
            html.Append("<tr><td>").Append(HtmlText.Encode(site.SiteLabel)).Append("</td><td>").Append(site.New.Count).Append("</td>");
            foreach (var severity in SeverityOrder)
            {
                html.Append("<td>").Append(site.OpenBySeverity.GetValueOrDefault(severity)).Append("</td>");
            }

            html.Append("<td>").Append(site.Fixed.Count).Append("</td></tr>");
        }

        html.Append("</tbody></table>");

        foreach (var site in ordered)
        {
            var counts = string.Join("、", SeverityOrder.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.ToChinese()} {site.OpenBySeverity.GetValueOrDefault(s)} 条")));
            var suppressed = site.Suppressed == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"另有 {site.Suppressed} 条已登记无需整改，不计入未整改。");
            var line = string.Create(CultureInfo.InvariantCulture,
                $"新增问题 {site.New.Count} 条；未整改 {site.OpenTotal} 条（{counts}）；自上次汇总以来已整改 {site.Fixed.Count} 条。{suppressed}");
            var run = LastRunLine(site.LastRun);
            text.Append("■ ").AppendLine(site.SiteLabel).Append("  ").AppendLine(line).Append("  ").AppendLine(run);
            html.Append("<h3>").Append(HtmlText.Encode(site.SiteLabel)).Append("</h3><p>").Append(HtmlText.Encode(line))
                .Append("<br>").Append(HtmlText.Encode(run)).Append("</p>");

            var listed = site.New.OrderByDescending(f => f.Severity).ThenBy(f => RuleCatalog.Order(f.RuleId))
                .ThenBy(f => f.PageUrl, StringComparer.Ordinal).Take(findingsPerSite).ToList();
            if (listed.Count > 0)
            {
                text.AppendLine("  新增问题：");
                html.Append("<p>新增问题：</p><ol>");
                for (var i = 0; i < listed.Count; i++)
                {
                    var finding = listed[i];
                    var item = $"[{finding.Severity.ToChinese()}] {RuleCatalog.ChineseName(finding.RuleId)}：页面 {finding.PageUrl}：{finding.Message}";
                    text.Append(CultureInfo.InvariantCulture, $"   {i + 1}. {item}").AppendLine();
                    html.Append("<li>").Append(HtmlText.Encode(item)).Append("</li>");
                }

                html.Append("</ol>");
                if (site.New.Count > listed.Count)
                {
                    var more = string.Create(CultureInfo.InvariantCulture, $"另有 {site.New.Count - listed.Count} 条新增问题，详见巡检报告。");
                    text.Append("   ").AppendLine(more);
                    html.Append("<p>").Append(HtmlText.Encode(more)).Append("</p>");
                }
            }

            text.AppendLine();
        }

        const string footer = "此邮件由巡检系统每日自动发送。";
        text.AppendLine(footer);
        html.Append("<p style=\"color:#666\">").Append(HtmlText.Encode(footer)).Append("</p></body></html>");
        return new AlertMail(to, subject, text.ToString(), html.ToString());
    }

    private static string LastRunLine(RunRecord? run) => run is null
        ? "尚无巡检记录。"
        : string.Create(CultureInfo.InvariantCulture,
            $"最近一次巡检：{Beijing(run.StartedAt)}（北京时间），{StatusText(run.Status)}，检查页面 {run.PagesCrawled} 个、链接 {run.LinksChecked} 个。");

    private static string StatusText(RunStatus status) => status switch
    {
        RunStatus.Succeeded => "已完成",
        RunStatus.CompletedWithErrors => "已完成但部分页面或链接未能检查",
        RunStatus.Failed => "未完成（失败）",
        _ => status.ToString(),
    };

    private static string Beijing(DateTimeOffset instant) => BeijingTime.Of(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
