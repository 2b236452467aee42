using ComplianceFns.Engine.Pipeline;
using ComplianceFns.Functions.Scheduling;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Functions.Inspection;

/// <summary>
/// Timer on <c>%InspectionSchedule%</c> (six-field NCRONTAB, UTC; Flex Consumption ignores WEBSITE_TIME_ZONE):
/// seeds the Sites table and enqueues one message per site under the occurrence's run id. A failure is retried
/// (the ledger makes a retry enqueue only the sites not yet enqueued).
/// </summary>
public sealed class InspectionFanOutFunction(InspectionFanOut fanOut, IOptions<ScheduleOptions> schedules, TimeProvider time)
{
    public const string Name = "InspectionFanOut";

    public const int MaxRetries = 3;

    [Function(Name)]
    [ExponentialBackoffRetry(MaxRetries, "00:01:00", "00:10:00")]
    public Task RunAsync([TimerTrigger("%InspectionSchedule%", RunOnStartup = false)] TimerInfo timer, CancellationToken cancellationToken)
    {
        var occurrence = ScheduleOccurrence.Latest(schedules.Value.InspectionSchedule, time.GetUtcNow());
        return fanOut.FanOutAsync(occurrence, cancellationToken);
    }
}
