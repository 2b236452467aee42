namespace ComplianceFns.Engine.Alerts;

/// <summary>Schedules the dispatch of the current burst after a delay (a hidden queue message in the Functions app).</summary>
public interface IAlertDispatchQueue
{
    Task ScheduleDispatchAsync(TimeSpan delay, CancellationToken ct);
}
