using ComplianceFns.Engine.Storage;

namespace ComplianceFns.Engine.Tests.Storage;

internal static class RunRecords
{
    public static RunRecord Sample(string siteId, string runId, DateTimeOffset startedAt) => new()
    {
        RunId = runId,
        SiteId = siteId,
        Trigger = "timer",
        StartedAt = startedAt,
        FinishedAt = startedAt.AddMinutes(12).AddSeconds(5),
        Status = RunStatus.Succeeded,
        PagesCrawled = 120,
        LinksChecked = 3_456,
        FindingsByRule = new Dictionary<string, int> { ["link.http-404"] = 3, ["typo.common"] = 1 },
        NewFindings = 2,
        ResolvedFindings = 1,
    };
}
