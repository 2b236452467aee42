using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Inspection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Functions.Inspection;

/// <summary>
/// Timer trigger (schedule in the <c>InspectionSchedule</c> setting, six-field NCRONTAB in UTC) that inspects every
/// configured site through the engine. One site failing does not stop the others.
/// </summary>
public sealed class ScheduledInspectionFunction(InspectionRunner runner, IOptions<SitesOptions> sites, ILogger<ScheduledInspectionFunction> logger)
{
    [Function("ScheduledInspection")]
    public async Task RunAsync([TimerTrigger("%InspectionSchedule%", RunOnStartup = false)] TimerInfo timer, CancellationToken cancellationToken)
    {
        foreach (var site in sites.Value.Sites)
        {
            var outcome = await runner.RunAsync(site, "timer", progress: null, cancellationToken).ConfigureAwait(false);
            logger.LogInformation(
                "Inspected {SiteId}: {Pages} pages, {Findings} findings ({New} new, {Resolved} resolved), status {Status}",
                site.Id, outcome.Result.PagesCrawled, outcome.Result.Findings.Count, outcome.Merge.New, outcome.Merge.Resolved, outcome.Run.Status);
        }
    }
}
