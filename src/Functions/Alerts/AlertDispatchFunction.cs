using Azure.Storage.Queues.Models;
using ComplianceFns.Engine.Alerts;
using ComplianceFns.Engine.Pipeline;
using Microsoft.Azure.Functions.Worker;

namespace ComplianceFns.Functions.Alerts;

/// <summary>Fires when a burst's hidden dispatch message becomes visible: mails the burst's alerts, one mail per audience.</summary>
public sealed class AlertDispatchFunction(AlertService alerts)
{
    public const string Name = "AlertDispatch";

    [Function(Name)]
    public Task RunAsync([QueueTrigger(QueueNames.AlertDispatch)] QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return alerts.DispatchAsync(message.MessageId, cancellationToken);
    }
}
