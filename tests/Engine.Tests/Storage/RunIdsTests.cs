using ComplianceFns.Engine.Storage;

namespace ComplianceFns.Engine.Tests.Storage;

public sealed class RunIdsTests
{
    [Fact]
    public void An_ad_hoc_id_starts_with_its_utc_start_time_sorts_by_it_and_is_unique()
    {
        var start = new DateTimeOffset(2025, 6, 1, 9, 0, 0, 212, TimeSpan.FromHours(8));

        var first = RunIds.AdHoc(start);
        var again = RunIds.AdHoc(start);
        var later = RunIds.AdHoc(start.AddMilliseconds(1));

        Assert.Matches("^20250601T010000212Z-[0-9a-f]{8}$", first);
        Assert.NotEqual(first, again);
        Assert.True(string.CompareOrdinal(first[..19], later[..19]) < 0);
    }

    [Fact]
    public void A_scheduled_id_is_the_same_for_the_same_occurrence_in_any_offset() =>
        Assert.Equal(
            RunIds.Scheduled(new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.FromHours(8))),
            RunIds.Scheduled(new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero)));
}
