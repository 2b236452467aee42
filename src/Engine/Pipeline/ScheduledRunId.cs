using System.Globalization;

namespace ComplianceFns.Engine.Pipeline;

/// <summary>The run id of a scheduled occurrence: the same occurrence always gives the same id, whoever fires it.</summary>
public static class ScheduledRunId
{
    public static string For(DateTimeOffset occurrence) =>
        "sched-" + occurrence.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
