using Azure.Storage.Queues.Models;
using ComplianceFns.Engine.Pipeline;
using Microsoft.Azure.Functions.Worker;

namespace ComplianceFns.Functions.Inspection;

/// <summary>
/// Inspects the one site a message names. A failure propagates: the middleware records and alerts, the host
/// retries, and after maxDequeueCount attempts moves the message to <see cref="QueueNames.InspectionsPoison"/>.
/// </summary>
public sealed class InspectSiteFunction(SiteInspectionProcessor processor)
{
    public const string Name = "InspectSite";

    [Function(Name)]
    public Task RunAsync([QueueTrigger(QueueNames.Inspections)] QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return processor.ProcessAsync(InspectionMessage.Parse(message.Body.ToString()), message.MessageId, cancellationToken);
    }
}
