using Azure.Storage.Queues.Models;
using ComplianceFns.Engine.Alerts;
using ComplianceFns.Engine.Pipeline;
using Microsoft.Azure.Functions.Worker;

namespace ComplianceFns.Functions.Alerts;

/// <summary>
/// A dispatch message failed every attempt (the mail server was down for minutes): its alerts are still pending and
/// their burst is closed, so nothing else would mail them until an unrelated alert arrives. Logs at Critical and
/// schedules another dispatch after <see cref="RetryDelay"/>; the daily digest also dispatches stale alerts.
/// </summary>
public sealed class AlertDispatchPoisonFunction(AlertService alerts)
{
    public const string Name = "AlertDispatchPoison";

    public static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(30);

    [Function(Name)]
    public Task RunAsync([QueueTrigger(QueueNames.AlertDispatchPoison)] QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return alerts.RescheduleAfterPoisonAsync(RetryDelay, cancellationToken);
    }
}
