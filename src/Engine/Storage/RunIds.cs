using System.Globalization;

namespace ComplianceFns.Engine.Storage;

/// <summary>
/// The two forms of a run id, written in one place: an ad hoc run (CLI, upload, report check, queue message without
/// one) sorts by its start time and is unique; a scheduled occurrence always gives the same id, whoever fires it.
/// </summary>
public static class RunIds
{
    /// <summary>"20250601T010000212Z-239488e0": start time to the millisecond (UTC), then 8 random hex digits.</summary>
    public static string AdHoc(DateTimeOffset startedAt) =>
        string.Create(CultureInfo.InvariantCulture, $"{startedAt.UtcDateTime:yyyyMMddTHHmmssfff}Z-{Guid.NewGuid():N}")[..28];

    /// <summary>"sched-20260310T000000Z": the occurrence to the second (UTC).</summary>
    public static string Scheduled(DateTimeOffset occurrence) =>
        "sched-" + occurrence.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
