namespace ComplianceFns.Engine.Pipeline;

/// <summary>Sends inspection messages (the Functions app implements it over a storage queue).</summary>
public interface IInspectionQueue
{
    Task EnqueueAsync(InspectionMessage message, CancellationToken ct);
}
