using System.Text;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Fetching;
using ComplianceFns.Engine.Reports.Checking;
using ComplianceFns.Engine.Storage;

namespace ComplianceFns.Engine.Tests.Reports.Checking;

/// <summary>The shared annual-report samples, variants of the complete one for cross-year cases, and a service to check them.</summary>
internal static class ReportCheckSamples
{
    public const string CompleteFile = "2021-tianjin-wuqing-zwfwb.txt";

    public const string Organ = "天津市武清区政务服务办";

    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "..", "shared", "samples", "annual-reports");

    public static byte[] Bytes(string fileName) => File.ReadAllBytes(Path.Combine(Folder, fileName));

    public static string Text(string fileName) => File.ReadAllText(Path.Combine(Folder, fileName));

    /// <summary>The complete 2021 report with its title line (the stored copy has none, so it names no organ).</summary>
    public static string Complete2021WithTitle() => Title(2021) + "\n" + Text(CompleteFile);

    /// <summary>
    /// The complete report moved to <paramref name="year"/> (every "2021年" becomes that year), with row 二
    /// (上年结转) of table 三 set to <paramref name="carriedIn"/> in 自然人 and 总计.
    /// </summary>
    public static string NextYear(int year, int carriedIn)
    {
        var text = Complete2021WithTitle().Replace("2021年", $"{year}年", StringComparison.Ordinal);
        const string row = "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||";
        Assert.Contains(row, text, StringComparison.Ordinal);
        return text.Replace(row, $"二、上年结转政府信息公开申请数量 | {carriedIn} | 0 | 0 | 0 | 0 | 0 | {carriedIn} | ||", StringComparison.Ordinal);
    }

    public static string Title(int year) => $"{Organ}{year}年政府信息公开工作年度报告";

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static AnnualReportCheckService Service(IFindingStore? store = null, IReportTextStore? texts = null) =>
        new(FastCrawl(), new SystemHostResolver(), TimeProvider.System, store, texts);

    /// <summary>Short timeouts and no retries: every server here is on 127.0.0.1 and answers at once.</summary>
    public static CrawlOptions FastCrawl() => new()
    {
        ConnectTimeout = TimeSpan.FromSeconds(3),
        RequestTimeout = TimeSpan.FromSeconds(5),
        MaxRetries = 0,
        PolitenessDelay = TimeSpan.Zero,
    };

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ComplianceFns.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ComplianceFns.sln not found above " + AppContext.BaseDirectory);
    }
}
