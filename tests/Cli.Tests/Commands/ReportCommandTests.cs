using ComplianceFns.Cli.Commands;
using ComplianceFns.SampleSite;
using ComplianceFns.TestSupport.Storage;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace ComplianceFns.Cli.Tests.Commands;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("report-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Report_writes_the_page_and_a_valid_ledger_for_one_site_and_prints_their_paths()
    {
        await using var server = await SampleSiteServer.StartAsync();
        var siteId = "report-" + Guid.NewGuid().ToString("N")[..8];
        var storage = AzuriteStorage.ConnectionString;
        await RunAsync(["inspect", server.StartUrl.AbsoluteUri, "--storage", storage, "--site-id", siteId, "--skip-typos", "--timeout", "4", "--retries", "1", "--delay-ms", "0"]);

        var (exit, output, _) = await RunAsync(["report", "--storage", storage, "--site", siteId, "--out", _folder]);

        Assert.Equal(0, exit);
        var html = Path.Combine(_folder, ReportCommand.HtmlFileName);
        var ledger = Path.Combine(_folder, ReportCommand.LedgerFileName);
        Assert.Contains($"检查报告：{html}", output, StringComparison.Ordinal);
        Assert.Contains($"整改台账：{ledger}", output, StringComparison.Ordinal);
        var page = await File.ReadAllTextAsync(html);
        Assert.Contains(siteId, page, StringComparison.Ordinal);
        Assert.Contains("链接失效（404）", page, StringComparison.Ordinal);
        using var document = SpreadsheetDocument.Open(ledger, isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var rows = document.WorkbookPart!.WorksheetParts.Sum(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count());
        Assert.True(rows > server.ExpectedDefects().Count, $"{rows} rows");
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandDispatcher.RunAsync(args, new CliConsole(output, error, ErrorIsTerminal: false), CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
