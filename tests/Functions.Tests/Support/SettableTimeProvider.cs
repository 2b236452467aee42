namespace ComplianceFns.Functions.Tests.Support;

/// <summary>A clock the test moves: repeat windows and digest periods are tested without waiting.</summary>
public sealed class SettableTimeProvider(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
