using System.Text.Json;
using ComplianceFns.TestSupport.Browser;

namespace ComplianceFns.Engine.Tests.Reporting;

/// <summary>Text contrast measured in Chromium: computed text colour against the nearest opaque background.</summary>
public sealed class HtmlReportContrastTests(HtmlReportStoreFixture fixture) : IClassFixture<HtmlReportStoreFixture>
{
    /// <summary>Every kind of text on the page: headings, body, summary and findings tables, badges, links, controls.</summary>
    private static readonly string[] TextSelectors =
    [
        "h1", ".meta", "h2", "h3", "table.summary caption", "table.summary th", "table.summary td", ".better",
        "figcaption", ".trend text", ".filters legend", ".filters label", "#filter-rule", "#filter-q", "#print-all",
        ".count", ".pager .page-status", "table.findings th", "table.findings td", ".sev-serious", ".sev-general", ".sev-hint",
        "a.url", "span.url", ".evidence li", ".evidence span", "mark", "details > summary",
    ];

    // For each selector: the text colour (an SVG text's fill) and the first opaque background up the tree.
    private const string MeasureScript = """
        (function (selectors) {
          function opaque(color) { var m = color.match(/rgba?\(([^)]*)\)/); if (!m) { return false; } var p = m[1].split(','); return p.length < 4 || parseFloat(p[3]) > 0; }
          return selectors.map(function (selector) {
            var element = document.querySelector(selector);
            if (!element) { return { selector: selector, missing: true }; }
            var style = getComputedStyle(element);
            var color = element instanceof SVGElement ? style.fill : style.color;
            var node = element, background = 'rgb(255, 255, 255)';
            while (node && node.nodeType === 1) {
              var b = getComputedStyle(node).backgroundColor;
              if (opaque(b)) { background = b; break; }
              node = node.parentElement;
            }
            return { selector: selector, missing: false, color: color, background: background };
          });
        })
        """;

    [Fact]
    public void Wcag_contrast_helper_gives_the_known_ratios()
    {
        Assert.Equal(21, WcagContrast.Ratio("rgb(0, 0, 0)", "rgb(255, 255, 255)"), 3);
        Assert.Equal(1, WcagContrast.Ratio("rgb(10, 20, 30)", "rgb(10, 20, 30)"), 3);
        Assert.Equal(4.48, WcagContrast.Ratio("rgb(119, 119, 119)", "rgb(255, 255, 255)"), 2);
        Assert.Equal(1, WcagContrast.Ratio("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)"), 3);
    }

    [Fact]
    public async Task All_text_has_at_least_4_5_to_1_contrast_with_its_background()
    {
        await using var browser = await DevToolsSession.LaunchAsync();
        await browser.NavigateAsync(HeadlessChromium.FileUrl(fixture.ReportPath, null));
        await browser.WaitForScriptAsync("document.documentElement.hasAttribute('data-ready-ms')");
        await browser.EvaluateAsync("document.getElementById('resolved').open = true");

        var measured = await browser.EvaluateAsync($"({MeasureScript})({JsonSerializer.Serialize(TextSelectors)})");
        var results = measured.EnumerateArray().ToList();

        Assert.Equal(TextSelectors.Length, results.Count);
        Assert.All(results, result =>
        {
            var selector = result.GetProperty("selector").GetString();
            Assert.False(result.GetProperty("missing").GetBoolean(), $"the report has no {selector}");
            var color = result.GetProperty("color").GetString()!;
            var background = result.GetProperty("background").GetString()!;
            var ratio = WcagContrast.Ratio(color, background);
            Assert.True(ratio >= 4.5, $"{selector}: {color} on {background} is {ratio:0.00}:1, below 4.5:1");
        });
    }
}
