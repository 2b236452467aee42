using ComplianceFns.Engine.Extraction;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Filters;

namespace ComplianceFns.Engine.Reports.Documents;

/// <summary>
/// A PDF's text layer, page by page in reading order: words are grouped into lines by baseline, and a wide gap
/// between two words on a line (a table's cell boundary) becomes a bar, so table rows read like the web's
/// <c>cell | cell |</c> lines. Decoding is budgeted against compression bombs like the link reader's.
/// </summary>
internal static class PdfReportText
{
    /// <summary>Annual reports have a few dozen pages; a flip-book of thousands is not a report.</summary>
    public const int MaxPages = 300;

    public static string Read(Stream stream)
    {
        var budget = new PdfDecodeBudget();
        var options = new ParsingOptions
        {
            UseLenientParsing = true,
            SkipMissingFonts = true,
            FilterProvider = new BudgetedFilterProvider(DefaultFilterProvider.Instance, budget),
        };
        try
        {
            using var document = PdfDocument.Open(stream, options);
            if (document.NumberOfPages == 0)
            {
                throw new DocumentUnreadableException("PDF文件没有任何页面");
            }

            if (document.NumberOfPages > MaxPages)
            {
                throw new DocumentUnreadableException($"PDF文件有{document.NumberOfPages}页，超过年报的合理页数（上限{MaxPages}页），未读取");
            }

            var pages = new List<string>();
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                pages.Add(PdfPageLines.Of(document.GetPage(number)));
            }

            if (pages.All(string.IsNullOrWhiteSpace))
            {
                throw new DocumentUnreadableException("PDF无文字层（可能为扫描件），无法核查");
            }

            return string.Join('\n', pages.Where(p => p.Length > 0));
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new DocumentUnreadableException("文件已加密，无法读取");
        }
        catch (Exception ex) when (ex is PdfDecodeBudgetExceededException || (budget.Refusals > 0 && ex is not DocumentUnreadableException))
        {
            throw new DocumentUnreadableException("PDF文件解压后过大，疑似压缩炸弹，未读取");
        }
        catch (Exception ex) when (ex is not DocumentUnreadableException and not OutOfMemoryException)
        {
            // The parser's text is English and technical: the user is told what it means, the developer gets it as detail.
            throw new DocumentUnreadableException("PDF文件已损坏或不完整，无法读取", ex);
        }
    }
}
