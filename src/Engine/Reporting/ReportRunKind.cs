using ComplianceFns.Engine.Storage;
using ComplianceFns.Engine.Uploads;

namespace ComplianceFns.Engine.Reporting;

/// <summary>
/// Site inspections and annual-report checks are both runs of a site, but they count different things (a whole site's
/// findings against one report's), so the report compares and charts each only with its own kind.
/// </summary>
public static class ReportRunKind
{
    // Annual-report checks: check-report and the demo's report check, and blob-triggered uploads.
    private static readonly HashSet<string> ReportCheckTriggers = new(StringComparer.Ordinal)
    {
        Reports.Checking.ReportCheckRequest.DefaultTrigger, UploadCheckProcessor.Trigger, "demo",
    };

    public static bool IsSiteInspection(RunRecord run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return !ReportCheckTriggers.Contains(run.Trigger);
    }

    /// <summary>The kind as the report's tables name it.</summary>
    public static string Name(RunRecord run) => IsSiteInspection(run) ? "网站检查" : "年报核查";
}
