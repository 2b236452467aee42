using System.Net;

namespace ComplianceFns.SampleSite.Pages;

/// <summary>Builds the dynamic pages (traps, healed targets, healthy endpoints) in the same shell as the static ones.</summary>
internal static class PageLayout
{
    public const string SiteSuffix = "_某某县人民政府";

    /// <summary>A page with the shared header and footer; the result still holds markers for <see cref="PageTemplate"/>.</summary>
    /// <param name="title">The heading; the document title adds the site suffix unless <paramref name="exactTitle"/>.</param>
    /// <param name="bodyHtml">Trusted HTML for the content area.</param>
    public static string Page(string title, string bodyHtml, bool exactTitle = false) => $"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <title>{WebUtility.HtmlEncode(exactTitle ? title : title + SiteSuffix)}</title>
        <link rel="stylesheet" href="/css/site.css">
        </head>
        <body>
        <!--#include header-->
        <div class="article">
        <h1>{WebUtility.HtmlEncode(title)}</h1>
        <div class="content">
        {bodyHtml}
        </div>
        </div>
        <!--#include footer-->
        <script src="/js/site.js"></script>
        </body>
        </html>
        """;

    public static string Paragraph(string text) => $"<p>{WebUtility.HtmlEncode(text)}</p>";

    public static string Link(string href, string text) =>
        $"<a href=\"{WebUtility.HtmlEncode(href)}\">{WebUtility.HtmlEncode(text)}</a>";
}
