using ComplianceFns.Engine.Pipeline;
using Microsoft.Azure.Functions.Worker;

namespace ComplianceFns.Functions.Alerts;

/// <summary>
/// Timer on <c>%DigestSchedule%</c> (NCRONTAB, UTC): the daily digest, at most once per Beijing day. Timer triggers
/// are retried only with a retry attribute (the runtime supports them for timers; the retries live in the
/// instance's memory, so the day claim has a lease for the case where the instance dies).
/// </summary>
public sealed class DailyDigestFunction(DigestService digest)
{
    public const string Name = "DailyDigest";

    public const int MaxRetries = 3;

    [Function(Name)]
    [ExponentialBackoffRetry(MaxRetries, "00:01:00", "00:10:00")]
    public Task RunAsync([TimerTrigger("%DigestSchedule%", RunOnStartup = false)] TimerInfo timer, CancellationToken cancellationToken) =>
        digest.SendAsync(cancellationToken);
}
