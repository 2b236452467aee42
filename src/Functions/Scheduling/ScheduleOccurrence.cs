using NCrontab;

namespace ComplianceFns.Functions.Scheduling;

/// <summary>
/// Which occurrence of a six-field NCRONTAB schedule (UTC) a firing belongs to: the latest one at or before now
/// (plus a little slack for a timer that fires a few milliseconds early). A late or repeated firing of the same
/// occurrence gets the same answer, which is what makes the run id stable.
/// </summary>
public static class ScheduleOccurrence
{
    public static readonly TimeSpan EarlyFireSlack = TimeSpan.FromSeconds(5);

    public static CrontabSchedule Parse(string expression)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(expression);
        return CrontabSchedule.TryParse(expression.Trim(), new CrontabSchedule.ParseOptions { IncludingSeconds = true })
            ?? throw new FormatException($"'{expression}' is not a six-field NCRONTAB expression (second minute hour day month weekday, in UTC).");
    }

    public static bool IsValid(string? expression) =>
        !string.IsNullOrWhiteSpace(expression)
        && CrontabSchedule.TryParse(expression.Trim(), new CrontabSchedule.ParseOptions { IncludingSeconds = true }) is not null;

    /// <summary>The latest occurrence at or before <paramref name="now"/> (+ slack), in UTC.</summary>
    public static DateTimeOffset Latest(string expression, DateTimeOffset now)
    {
        var schedule = Parse(expression);
        var end = now.UtcDateTime + EarlyFireSlack;
        // Search back in widening windows: a daily schedule needs a day, a yearly one a year.
        foreach (var window in new[] { TimeSpan.FromHours(1), TimeSpan.FromDays(1), TimeSpan.FromDays(32), TimeSpan.FromDays(367), TimeSpan.FromDays(366 * 8) })
        {
            // GetNextOccurrences excludes the start and the end, so widen both by one second.
            var occurrences = schedule.GetNextOccurrences(end - window - TimeSpan.FromSeconds(1), end.AddSeconds(1));
            DateTime? latest = null;
            foreach (var occurrence in occurrences)
            {
                if (occurrence <= end)
                {
                    latest = occurrence;
                }
            }

            if (latest is not null)
            {
                return new DateTimeOffset(DateTime.SpecifyKind(latest.Value, DateTimeKind.Utc));
            }
        }

        throw new InvalidOperationException($"Schedule '{expression}' has no occurrence in the eight years before {now:O}.");
    }
}
