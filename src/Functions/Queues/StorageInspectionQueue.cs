using ComplianceFns.Engine.Pipeline;

namespace ComplianceFns.Functions.Queues;

public sealed class StorageInspectionQueue(StorageQueueFactory queues) : IInspectionQueue
{
    public async Task EnqueueAsync(InspectionMessage message, CancellationToken ct)
    {
        var queue = await queues.GetAsync(QueueNames.Inspections, ct).ConfigureAwait(false);
        await queue.SendMessageAsync(message.ToJson(), ct).ConfigureAwait(false);
    }
}
