namespace ComplianceFns.Rules.Reports.Publication;

/// <summary>Deadlines are Beijing calendar days (UTC+8; China has no daylight saving).</summary>
public static class ChinaStandardTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);
}
