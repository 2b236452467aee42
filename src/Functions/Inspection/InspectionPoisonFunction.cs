using Azure.Storage.Queues.Models;
using ComplianceFns.Engine.Pipeline;
using Microsoft.Azure.Functions.Worker;

namespace ComplianceFns.Functions.Inspection;

/// <summary>A message that failed every attempt: the run is recorded as failed for good and admins are alerted.</summary>
public sealed class InspectionPoisonFunction(InspectionFailureRecorder recorder)
{
    public const string Name = "InspectionPoison";

    [Function(Name)]
    public Task RunAsync([QueueTrigger(QueueNames.InspectionsPoison)] QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return recorder.RecordPoisonedAsync(message.Body.ToString(), cancellationToken);
    }
}
