using ComplianceFns.Engine.Storage;

namespace ComplianceFns.Engine.Tests.Storage;

public sealed class RunRecordTests
{
    [Fact]
    public void Errors_are_bounded_in_count_and_length()
    {
        var errors = Enumerable.Range(0, 500).Select(i => $"页面 {i} 抓取失败：" + new string('x', 1_000)).ToList();

        var run = RunRecords.Sample("site", "run-1", DateTimeOffset.UnixEpoch) with { Errors = errors };

        Assert.Equal(RunRecord.MaxErrors, run.Errors.Count);
        Assert.All(run.Errors, error => Assert.Equal(RunRecord.MaxErrorLength, error.Length));
        Assert.StartsWith("页面 0 抓取失败", run.Errors[0], StringComparison.Ordinal);
        Assert.StartsWith("页面 199 抓取失败", run.Errors[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Duration_is_derived_from_start_and_finish()
    {
        var run = RunRecords.Sample("site", "run-1", DateTimeOffset.UnixEpoch);

        Assert.Equal(TimeSpan.FromSeconds((12 * 60) + 5), run.Duration);
    }
}
