using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace ComplianceFns.Engine.Extraction;

/// <summary>Reads URI link annotations and URLs written as plain text from a PDF with PdfPig.</summary>
internal static partial class PdfLinkReader
{
    public const int MaxPages = 500;

    public static DocumentLinks Read(Stream stream)
    {
        var collector = new DocumentLinkCollector();
        try
        {
            using var document = PdfDocument.Open(stream, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var pageCount = document.NumberOfPages;
            var pagesRead = Math.Min(pageCount, MaxPages);
            var anyText = false;
            string? pageError = null;
            for (var number = 1; number <= pagesRead && !collector.IsFull; number++)
            {
                try
                {
                    var page = document.GetPage(number);
                    ReadAnnotations(page, collector);
                    anyText |= ReadPlainTextUrls(page, collector);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    pageError ??= $"PDF文件第{number}页无法读取：{ex.Message}";
                }
            }

            var error = pageError
                ?? (anyText || pagesRead == 0 ? null : "PDF文件中没有可提取的文字（可能是扫描件或图片），仅检查了链接注释");
            if (pageCount == 0)
            {
                error = "PDF文件没有任何页面";
            }

            return new DocumentLinks(collector.Links, error) { Truncated = collector.Truncated || pageCount > MaxPages };
        }
        catch (PdfDocumentEncryptedException ex)
        {
            return new DocumentLinks(collector.Links, $"PDF文件已加密，无法读取：{ex.Message}");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new DocumentLinks(collector.Links, $"PDF文件已损坏，无法读取：{ex.Message}");
        }
    }

    private static void ReadAnnotations(Page page, DocumentLinkCollector collector)
    {
        IReadOnlyList<Hyperlink> hyperlinks;
        try
        {
            hyperlinks = page.GetHyperlinks();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Text under the link is a nicety; the annotation's URI is what matters.
            foreach (var annotation in page.GetAnnotations())
            {
                if (annotation is { Type: AnnotationType.Link, Action: UriAction uriAction })
                {
                    collector.Add(uriAction.Uri, string.Empty, page.Number);
                }
            }

            return;
        }

        foreach (var hyperlink in hyperlinks)
        {
            collector.Add(hyperlink.Uri, hyperlink.Text, page.Number);
        }
    }

    /// <summary>Adds http(s) URLs typed as text; returns whether the page has any text at all.</summary>
    private static bool ReadPlainTextUrls(Page page, DocumentLinkCollector collector)
    {
        if (page.Letters.Count == 0)
        {
            return false;
        }

        var text = string.Join(' ', page.GetWords().Select(word => word.Text));
        foreach (Match match in PlainUrlPattern().Matches(text))
        {
            var url = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', '\'', '"', ')', ']', '}');
            if (Uri.TryCreate(url, UriKind.Absolute, out _) && !collector.Contains(url, page.Number))
            {
                collector.Add(url, url, page.Number);
            }
        }

        return true;
    }

    // Stops at whitespace, quotes, brackets and CJK punctuation that end a URL in Chinese prose.
    [GeneratedRegex("""https?://[^\s<>"'，。；、！？）（【】《》“”‘’]+""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlainUrlPattern();
}
