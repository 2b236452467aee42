namespace ComplianceFns.Engine.Reporting;

/// <summary>Admins read every date in Beijing time (UTC+8; China has no daylight saving).</summary>
public static class BeijingTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset Of(DateTimeOffset instant) => instant.ToOffset(Offset);
}
