using ComplianceFns.Engine.Pipeline;
using Microsoft.Azure.Functions.Worker;

namespace ComplianceFns.Functions.Alerts;

/// <summary>Timer on <c>%DigestSchedule%</c> (NCRONTAB, UTC): the daily digest, at most once per Beijing day.</summary>
public sealed class DailyDigestFunction(DigestService digest)
{
    public const string Name = "DailyDigest";

    [Function(Name)]
    public Task RunAsync([TimerTrigger("%DigestSchedule%", RunOnStartup = false)] TimerInfo timer, CancellationToken cancellationToken) =>
        digest.SendAsync(cancellationToken);
}
