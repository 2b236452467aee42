using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Inspection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Functions.Inspection;

/// <summary>
/// Timer trigger (schedule in the <c>InspectionSchedule</c> setting, six-field NCRONTAB in UTC) that inspects every
/// configured site through the engine. One site failing does not stop the others; the invocation fails at the end,
/// naming every site that failed, so the platform records it.
/// </summary>
public sealed class ScheduledInspectionFunction(InspectionRunner runner, IOptions<SitesOptions> sites, ILogger<ScheduledInspectionFunction> logger)
{
    [Function("ScheduledInspection")]
    public async Task RunAsync([TimerTrigger("%InspectionSchedule%", RunOnStartup = false)] TimerInfo timer, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        foreach (var site in sites.Value.Sites)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var outcome = await runner.RunAsync(site, "timer", progress: null, cancellationToken).ConfigureAwait(false);
                logger.LogInformation(
                    "Inspected {SiteId}: {Pages} pages, {Findings} findings ({New} new, {Resolved} resolved), status {Status}",
                    site.Id, outcome.Result.PagesCrawled, outcome.Result.Findings.Count, outcome.Merge.New, outcome.Merge.Resolved, outcome.Run.Status);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Inspection of {SiteId} failed", site.Id);
                failures.Add($"{site.Id}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        if (failures.Count > 0)
        {
            throw new InspectionFailedException($"{failures.Count} 个站点检查失败：{string.Join("；", failures)}");
        }
    }
}
