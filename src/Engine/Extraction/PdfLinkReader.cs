using System.Globalization;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Filters;
using ComplianceFns.Engine.Diagnostics;

namespace ComplianceFns.Engine.Extraction;

/// <summary>Reads URI link annotations and URLs written as plain text from a PDF with PdfPig.</summary>
internal static partial class PdfLinkReader
{
    public const int MaxPages = 500;

    public static DocumentLinks Read(Stream stream) => Read(stream, new PdfDecodeBudget());

    /// <summary>Reads with a given decode budget (tests use a small one).</summary>
    internal static DocumentLinks Read(Stream stream, PdfDecodeBudget budget)
    {
        var collector = new DocumentLinkCollector();
        try
        {
            var options = new ParsingOptions
            {
                UseLenientParsing = true,
                SkipMissingFonts = true,
                FilterProvider = new BudgetedFilterProvider(DefaultFilterProvider.Instance, budget),
            };
            using var document = PdfDocument.Open(stream, options);
            document.AddPageFactory(new PdfAnnotationOnlyPageFactory(document.Structure.TokenScanner));
            var pageCount = document.NumberOfPages;
            var pagesRead = Math.Min(pageCount, MaxPages);
            var anyText = false;
            string? pageError = null;
            string? pageDetail = null;
            for (var number = 1; number <= pagesRead && !collector.IsFull; number++)
            {
                try
                {
                    if (budget.TotalSpent)
                    {
                        pageError ??= TotalSpentError(budget, number);
                        ReadAnnotationsOnly(document, number, collector);
                        continue;
                    }

                    var refusalsBefore = budget.Refusals;
                    try
                    {
                        var page = document.GetPage(number);
                        ReadAnnotations(page, collector);
                        anyText |= ReadPlainTextUrls(page, collector);
                    }
                    catch (PdfDecodeBudgetExceededException)
                    {
                        ReadAnnotationsOnly(document, number, collector);
                    }

                    if (budget.Refusals > refusalsBefore)
                    {
                        pageError ??= budget.TotalSpent ? TotalSpentError(budget, number) : StreamTooLargeError(budget, number);
                    }
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    pageError ??= ex is PdfDecodeBudgetExceededException
                        ? $"PDF文件第{number}页的链接注释解压后过大，疑似压缩炸弹，未读取该页的链接"
                        : $"PDF文件第{number}页已损坏，无法读取";
                    pageDetail ??= ExceptionDetail.Describe(ex);
                }
            }

            var error = pageError
                ?? (anyText || pagesRead == 0 ? null : "PDF文件中没有可提取的文字（可能是扫描件或图片），仅检查了链接注释");
            if (pageCount == 0)
            {
                error = "PDF文件没有任何页面";
            }

            return new DocumentLinks(collector.Links, error) { Truncated = collector.Truncated || pageCount > MaxPages, Detail = pageDetail };
        }
        catch (PdfDocumentEncryptedException ex)
        {
            return new DocumentLinks(collector.Links, "PDF文件已加密，无法读取") { Detail = ExceptionDetail.Describe(ex) };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException && (ex is PdfDecodeBudgetExceededException || budget.Refusals > 0))
        {
            return new DocumentLinks(
                collector.Links,
                $"PDF文件解压后过大（单个数据流超过{Megabytes(budget.PerStreamBytes)}或合计超过{Megabytes(budget.TotalBytes)}），疑似压缩炸弹，未读取其中的链接");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new DocumentLinks(collector.Links, "PDF文件已损坏或不完整，无法读取") { Detail = ExceptionDetail.Describe(ex) };
        }
    }

    /// <summary>The page's URI annotations from its dictionary alone, for a page whose content may not be decoded.</summary>
    private static void ReadAnnotationsOnly(PdfDocument document, int number, DocumentLinkCollector collector)
    {
        foreach (var uri in document.GetPage<PdfAnnotationOnlyPage>(number).LinkUris)
        {
            collector.Add(uri, string.Empty, number);
        }
    }

    private static string StreamTooLargeError(PdfDecodeBudget budget, int number) =>
        $"PDF文件第{number}页的内容解压后过大（单个数据流超过{Megabytes(budget.PerStreamBytes)}），疑似压缩炸弹，该页仅检查了链接注释";

    private static string TotalSpentError(PdfDecodeBudget budget, int number) =>
        $"PDF文件解压后的内容合计超过{Megabytes(budget.TotalBytes)}，疑似压缩炸弹，自第{number}页起仅检查了链接注释";

    private static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024)).ToString("0", CultureInfo.InvariantCulture) + " MB";

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
