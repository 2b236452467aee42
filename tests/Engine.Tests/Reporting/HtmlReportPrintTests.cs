using ComplianceFns.Engine.Reporting;
using ComplianceFns.Rules.Findings;
using ComplianceFns.TestSupport.Browser;
using UglyToad.PdfPig;

namespace ComplianceFns.Engine.Tests.Reporting;

/// <summary>The report printed to an A4 PDF by Chromium and read back with PdfPig.</summary>
public sealed class HtmlReportPrintTests
{
    private const double A4WidthPoints = 595.3;
    private const double A4HeightPoints = 841.9;

    [Fact]
    public async Task Printing_lists_every_finding_of_the_current_filter_on_a4_pages_not_only_the_page_on_screen()
    {
        using var report = LargeReportFile.Create();
        var general = report.Open.Where(f => f.Severity == Severity.General).ToList();
        var others = report.Open.Where(f => f.Severity != Severity.General).ToList();
        Assert.True(general.Count > HtmlFindingList.PageSize, "the filtered list must be longer than one screen page");
        await using var browser = await DevToolsSession.LaunchAsync();
        await browser.NavigateAsync(HeadlessChromium.FileUrl(report.Path, "#severity=general"));
        await browser.WaitForScriptAsync("document.documentElement.hasAttribute('data-ready-ms')");
        Assert.Equal(HtmlFindingList.PageSize, await browser.EvaluateIntAsync("document.querySelectorAll('tr.finding').length"));

        var pdf = await browser.PrintToPdfAsync();

        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        Console.WriteLine($"PDF: {pages.Count} pages for {general.Count} findings");
        Assert.All(pages, page =>
        {
            Assert.Equal(A4WidthPoints, page.Width, 0);
            Assert.Equal(A4HeightPoints, page.Height, 0);
        });
        var text = Compact(string.Concat(pages.Select(p => p.Text)));
        Assert.Contains("政务公开网站检查报告", text, StringComparison.Ordinal);
        Assert.All(general, f => Assert.Contains(Compact(f.PageUrl), text, StringComparison.Ordinal));
        Assert.All(general, f => Assert.Contains(Compact(f.Message), text, StringComparison.Ordinal));
        Assert.All(others, f => Assert.DoesNotContain(Compact(f.PageUrl), text, StringComparison.Ordinal));
        // The filters and pager are for the screen only.
        Assert.DoesNotContain("清除筛选", text, StringComparison.Ordinal);
        Assert.DoesNotContain("下一页", text, StringComparison.Ordinal);
        // Roughly 4 to 12 findings fit an A4 page at 10 pt; outside that range the print layout is broken.
        Assert.InRange(pages.Count, general.Count / 12, general.Count / 4 + 4);

        // Back on screen the list is paged again.
        await browser.WaitForScriptAsync($"document.querySelectorAll('tr.finding').length === {HtmlFindingList.PageSize}");
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
