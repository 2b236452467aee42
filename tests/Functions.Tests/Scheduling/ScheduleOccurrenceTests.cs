using ComplianceFns.Engine.Pipeline;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Functions.Scheduling;

namespace ComplianceFns.Functions.Tests.Scheduling;

public sealed class ScheduleOccurrenceTests
{
    [Theory]
    [InlineData("0 0 0 * * *", "2026-03-10T05:17:00Z", "2026-03-10T00:00:00Z")]
    [InlineData("0 0 0 * * *", "2026-03-10T00:00:00Z", "2026-03-10T00:00:00Z")]
    [InlineData("0 0 0 * * *", "2026-03-09T23:59:58Z", "2026-03-10T00:00:00Z")] // fired two seconds early
    [InlineData("0 0 0 * * *", "2026-03-09T23:59:00Z", "2026-03-09T00:00:00Z")]
    [InlineData("0 */15 * * * *", "2026-03-10T05:17:00Z", "2026-03-10T05:15:00Z")]
    [InlineData("0 0 0 1 * *", "2026-03-10T05:17:00Z", "2026-03-01T00:00:00Z")]
    public void The_latest_occurrence_at_or_before_now(string schedule, string now, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            ScheduleOccurrence.Latest(schedule, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Run_ids_name_the_occurrence() =>
        Assert.Equal("sched-20260310T000000Z", RunIds.Scheduled(new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.FromHours(8))));

    [Theory]
    [InlineData("0 0 * * *")]
    [InlineData("00:05:00")]
    [InlineData("")]
    public void Five_field_cron_and_timespans_are_rejected(string schedule) => Assert.False(ScheduleOccurrence.IsValid(schedule));
}
