namespace ComplianceFns.Engine.Tests.Reports.Publication;

/// <summary>The system clock moved to start at a chosen instant: deadlines are judged then, while timers and throttles run normally.</summary>
internal sealed class ShiftedTimeProvider(DateTimeOffset startAt) : TimeProvider
{
    private readonly TimeSpan _shift = startAt - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;
}
