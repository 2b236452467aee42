using ComplianceFns.Engine.Alerts;
using ComplianceFns.Engine.Pipeline;

namespace ComplianceFns.Functions.Queues;

/// <summary>A dispatch message hidden for the burst window: it becomes visible, and triggers the dispatch, when the burst ends.</summary>
public sealed class StorageAlertDispatchQueue(StorageQueueFactory queues, TimeProvider time) : IAlertDispatchQueue
{
    public async Task ScheduleDispatchAsync(TimeSpan delay, CancellationToken ct)
    {
        var queue = await queues.GetAsync(QueueNames.AlertDispatch, ct).ConfigureAwait(false);
        var body = $"{{\"scheduledAt\":\"{time.GetUtcNow():O}\"}}";
        await queue.SendMessageAsync(body, visibilityTimeout: delay, cancellationToken: ct).ConfigureAwait(false);
    }
}
