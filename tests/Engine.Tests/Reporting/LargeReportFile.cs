using ComplianceFns.Engine.Reporting;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Tests.Reporting;

/// <summary>
/// A report longer than one page of the findings list (findings of every rule on six sites), rendered to a temp file
/// and deleted on dispose: for paging and printing, where the small store-backed report fits on one page.
/// </summary>
internal sealed class LargeReportFile : IDisposable
{
    public static readonly DateTimeOffset GeneratedAt = new(2026, 11, 26, 1, 0, 0, TimeSpan.Zero);

    private readonly DirectoryInfo folder;

    private LargeReportFile(DirectoryInfo folder, string path, ReportData data)
    {
        this.folder = folder;
        Path = path;
        Data = data;
        Open = ReportFindingOrder.Open(data.Findings);
    }

    public string Path { get; }

    public ReportData Data { get; }

    /// <summary>Open findings in the order the report lists them.</summary>
    public IReadOnlyList<Finding> Open { get; }

    public static LargeReportFile Create()
    {
        var sites = Enumerable.Range(1, 6).Select(i => $"zhen-{i:D2}").ToList();
        var bySite = sites.ToDictionary(
            site => site,
            site => HtmlReportFindings.CurrentFindings(site).Select(f => f with { FirstSeen = GeneratedAt.AddDays(-3), LastSeen = GeneratedAt.AddHours(-1) }).ToList());
        var findings = sites.SelectMany(site => bySite[site]).ToList();
        var runs = sites.SelectMany(site => HtmlReportFindings.Runs(site, 30, GeneratedAt.AddHours(-1), bySite[site], [])).ToList();
        var data = new ReportData(GeneratedAt, null, findings, runs.OrderByDescending(r => r.StartedAt).ToList());
        var folder = Directory.CreateTempSubdirectory("html-report-large-");
        var path = System.IO.Path.Combine(folder.FullName, "report.html");
        File.WriteAllText(path, HtmlReportRenderer.Render(data));
        return new LargeReportFile(folder, path, data);
    }

    public void Dispose() => folder.Delete(recursive: true);
}
