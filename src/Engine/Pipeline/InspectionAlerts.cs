using System.Globalization;
using ComplianceFns.Engine.Alerts;
using ComplianceFns.Engine.Checking;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Inspection;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Catalogue;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Pipeline;

/// <summary>The immediate alerts the pipeline raises, with their storm-control keys and Chinese wording.</summary>
public static class InspectionAlerts
{
    /// <summary>Listed per alert; the rest are counted.</summary>
    public const int MaxListedFindings = 10;

    /// <summary>Alerts an inspection that finished calls for: the site could not be read, or new serious wording errors.</summary>
    public static IReadOnlyList<Alert> For(SiteOptions site, InspectionOutcome outcome, DateTimeOffset now)
    {
        var alerts = new List<Alert>();
        if (outcome.Run.Status == RunStatus.Failed && outcome.Run.PagesCrawled == 0)
        {
            alerts.Add(new Alert
            {
                Kind = AlertKind.SiteUnreachable,
                Key = $"unreachable:{site.Id}",
                SiteId = site.Id,
                SiteName = site.Name,
                Summary = $"首页无法访问，本次巡检（{outcome.Run.RunId}）未检查任何页面。",
                Details = [.. site.StartUrls.Select(u => $"起始地址：{u}"), .. outcome.Run.Errors.Take(5).Select(e => $"错误：{e}")],
                Recipients = site.AlertRecipients,
                RaisedAt = now,
            });
        }

        var fresh = outcome.Merge.NewFingerprints.Concat(outcome.Merge.ReopenedFingerprints).ToHashSet(StringComparer.Ordinal);
        var serious = outcome.Result.Findings
            .Where(f => f.Severity == Severity.Serious && RuleScopes.IsIn(f.RuleId, RuleScopes.Typos) && fresh.Contains(f.Fingerprint))
            .OrderBy(f => RuleCatalog.Order(f.RuleId)).ThenBy(f => f.PageUrl, StringComparer.Ordinal)
            .ToList();
        if (serious.Count > 0)
        {
            var details = serious.Take(MaxListedFindings)
                .Select(f => $"{RuleCatalog.ChineseName(f.RuleId)}（{f.RuleId}）：页面 {f.PageUrl}：{f.Message}")
                .ToList();
            if (serious.Count > MaxListedFindings)
            {
                details.Add(string.Create(CultureInfo.InvariantCulture, $"另有 {serious.Count - MaxListedFindings} 条，详见巡检报告。"));
            }

            alerts.Add(new Alert
            {
                Kind = AlertKind.SeriousWordingError,
                // One alert per set of new findings: the same findings are new only once.
                Key = $"serious-wording:{site.Id}:{FindingFingerprint.Compute("alert", site.Id, string.Join(',', serious.Select(f => f.Fingerprint)), null)}",
                SiteId = site.Id,
                SiteName = site.Name,
                Summary = string.Create(CultureInfo.InvariantCulture, $"本次巡检新发现 {serious.Count} 处严重表述错误，请尽快核实更正。"),
                Details = details,
                Recipients = site.AlertRecipients,
                RaisedAt = now,
            });
        }

        return alerts;
    }

    /// <summary>An attempt threw; the platform will retry (the key folds every attempt of a site into one mail).</summary>
    public static Alert Failed(string siteId, SiteOptions? site, string runId, Exception error, int? attempt, DateTimeOffset now) => new()
    {
        Kind = AlertKind.InspectionFailed,
        Key = $"failed:{siteId}",
        SiteId = siteId,
        SiteName = site?.Name,
        Summary = attempt is null
            ? $"巡检（{runId}）执行出错，系统将自动重试。"
            : string.Create(CultureInfo.InvariantCulture, $"巡检（{runId}）第 {attempt} 次执行出错，系统将自动重试。"),
        Details = [ErrorDetail(error)],
        Recipients = site?.AlertRecipients ?? [],
        RaisedAt = now,
    };

    /// <summary>The timer could not enqueue the run: no site is inspected until it succeeds.</summary>
    public static Alert FanOutFailed(Exception error, DateTimeOffset now) => new()
    {
        Kind = AlertKind.InspectionFailed,
        Key = "failed:fan-out",
        Summary = "定时巡检任务分发失败，本轮尚未分发的站点还未开始巡检，系统将在几分钟后自动重试；重试仍失败的，将在下一次定时巡检时补上。",
        Details = [ErrorDetail(error)],
        RaisedAt = now,
    };

    /// <summary>The daily digest threw: the timer retries it a few times; after that the day has no digest.</summary>
    public static Alert DigestFailed(Exception error, DateTimeOffset now) => new()
    {
        Kind = AlertKind.DigestFailed,
        Key = "failed:digest",
        Summary = "每日汇总邮件发送失败，系统将在几分钟后自动重试；若仍失败，下一次汇总将包含本次未汇总的内容。",
        Details = [ErrorDetail(error)],
        RaisedAt = now,
    };

    /// <summary>A message used up its attempts; nobody will retry it.</summary>
    public static Alert Poisoned(string? siteId, SiteOptions? site, string? runId, string body, DateTimeOffset now) => new()
    {
        Kind = AlertKind.PoisonMessage,
        Key = $"poison:{siteId ?? "unreadable"}:{runId ?? "-"}",
        SiteId = siteId,
        SiteName = site?.Name,
        Summary = siteId is null
            ? "一条无法识别的巡检任务多次失败，已移入失败队列。"
            : $"巡检（{runId}）多次重试仍失败，已停止，本轮该站点无巡检结果，请检查后手动重新巡检。",
        Details = [$"失败队列：{QueueNames.InspectionsPoison}", $"任务内容：{(body.Length > 300 ? body[..300] + "…" : body)}"],
        Recipients = site?.AlertRecipients ?? [],
        RaisedAt = now,
    };

    /// <summary>
    /// A failure as staff read it: a storage failure by kind and endpoint (<see cref="StorageFailureText"/>), anything
    /// else by a Chinese category. The raw exception stays in the run record and the log, never in a mail.
    /// </summary>
    public static string ErrorDetail(Exception error) =>
        StorageFailureText.Describe(error) is { } storage
            ? $"错误：{storage}"
            : $"错误：运行中出现异常（{UnexpectedFailureText.Category(error)}），技术细节已记入运行记录和日志";
}
