using System.Globalization;
using System.Text;
using ComplianceFns.Engine.Diagnostics;
using ComplianceFns.Engine.Extraction;

namespace ComplianceFns.Engine.Reports.Documents;

/// <summary>
/// Reads an annual-report file (HTML page, text, DOCX or PDF; decided by sniffing the bytes) to text for the
/// annual-report reader. Hostile files (oversized, empty, corrupt, encrypted, scanned, bombs, slow parses) come back
/// as a <see cref="ReportReadFailure"/> naming the file and the problem in Chinese; no exception escapes for them.
/// </summary>
public sealed class ReportDocumentReader(ReportDocumentOptions? options = null)
{
    private const int CopyBufferBytes = 81_920;

    private readonly ReportDocumentOptions _options = options ?? new ReportDocumentOptions();

    /// <summary>Reads a file already in memory.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="source">The file name or URL, used in messages and as <see cref="ReportDocument.Source"/>.</param>
    /// <param name="contentType">The HTTP Content-Type when known (its charset helps decode text).</param>
    /// <param name="cancellationToken">Stops waiting; the caller's cancellation is not a read failure and propagates.</param>
    public Task<ReportReadResult> ReadAsync(byte[] content, string source, string? contentType = null, CancellationToken cancellationToken = default) =>
        ReadAsync(content, source, contentType, fileLength: null, cancellationToken);

    /// <summary>
    /// Reads a file already in memory, or refuses it by <paramref name="fileLength"/> (the whole file's size, e.g. a
    /// local file's length, when <paramref name="content"/> holds only its beginning). Sizes in messages are the file's,
    /// never the buffer's.
    /// </summary>
    public Task<ReportReadResult> ReadAsync(byte[] content, string source, string? contentType, long? fileLength, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var size = Math.Max(content.LongLength, fileLength ?? 0);
        return size > _options.MaxBytes
            ? Task.FromResult(TooLarge(source, size))
            : ParseBoundedAsync(content, source, contentType, cancellationToken);
    }

    /// <summary>Reads a stream (an upload or a response body) without ever holding more than the size limit.</summary>
    public async Task<ReportReadResult> ReadAsync(Stream content, string source, string? contentType = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        byte[] bytes;
        try
        {
            if (content.CanSeek && content.Length - content.Position > _options.MaxBytes)
            {
                return TooLarge(source, content.Length - content.Position);
            }

            var bounded = await ReadBoundedAsync(content, cancellationToken).ConfigureAwait(false);
            if (bounded is null)
            {
                return TooLarge(source, knownSize: null);
            }

            bytes = bounded;
        }
        catch (IOException ex)
        {
            return Failed(source, "文件读取中断，未能读完，请重新上传或稍后再试", ex);
        }

        return await ParseBoundedAsync(bytes, source, contentType, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads a report page split over several pages (decoded HTML, first page first) as one HTML document. A copy
    /// missing pages says so in its text ("# availability: partial"), so the checks treat what is absent beyond the
    /// pages read as 不可判定 and a stored complete copy is not replaced by it.
    /// </summary>
    internal async Task<ReportReadResult> ReadPagesAsync(IReadOnlyList<string> htmlPages, string source, bool partial, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfZero(htmlPages.Count);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        try
        {
            return await Task.Run(() => JoinPages(htmlPages, source, partial), CancellationToken.None)
                .WaitAsync(_options.ParseTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return Failed(source, $"网页解析超过{Duration(_options.ParseTimeout)}，已放弃读取（页面可能异常复杂或被恶意构造）");
        }
    }

    /// <summary>
    /// The page's text when <paramref name="content"/> is a web page the reader would read as HTML; null for any
    /// other file (PDF, DOCX, binary, plain text) or a page that decodes to garbage, which the reader itself refuses.
    /// </summary>
    internal static string? DecodeHtml(byte[] content, string? contentType)
    {
        var hasUtf16Bom = content is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];
        if (content.Length == 0 || DocumentSniffer.IsPdf(content) || DocumentSniffer.IsZip(content) || DocxReportText.IsOleCompound(content)
            || (!hasUtf16Bom && DocumentSniffer.LooksBinary(content)))
        {
            return null;
        }

        var decoded = CharsetDecoder.Decode(content, contentType);
        return !decoded.LooksGarbled && DocumentSniffer.IsHtml(decoded.Text) ? decoded.Text : null;
    }

    private static ReportReadResult JoinPages(IReadOnlyList<string> htmlPages, string source, bool partial)
    {
        try
        {
            var (text, title) = PagedReportText.Read(htmlPages);
            return string.IsNullOrWhiteSpace(text) || !partial ? Read(source, text, title, DocumentKind.Html)
                : Read(source, "# availability: partial\n" + text, title, DocumentKind.Html);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Failed(source, "网页无法解析", ex);
        }
    }

    /// <summary>The stream's bytes, or null as soon as they exceed the limit (the rest is never read).</summary>
    private async Task<byte[]?> ReadBoundedAsync(Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[CopyBufferBytes];
        while (true)
        {
            var read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.ToArray();
            }

            if (buffer.Length + read > _options.MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }
    }

    /// <summary>Parsers cannot be cancelled, so a parse beyond the time budget is abandoned (and left to finish alone).</summary>
    private async Task<ReportReadResult> ParseBoundedAsync(byte[] content, string source, string? contentType, CancellationToken cancellationToken)
    {
        if (content.Length == 0)
        {
            return Failed(source, "文件为空（0字节），没有可核查的内容");
        }

        try
        {
            return await Task.Run(() => Parse(content, source, contentType), CancellationToken.None)
                .WaitAsync(_options.ParseTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return Failed(source, $"文件解析超过{Duration(_options.ParseTimeout)}，已放弃读取（文件可能异常复杂或被恶意构造）");
        }
    }

    private static ReportReadResult Parse(byte[] content, string source, string? contentType)
    {
        var hint = (contentType ?? string.Empty) + " " + source;
        var kind = "";
        try
        {
            if (DocumentSniffer.IsPdf(content))
            {
                kind = "PDF";
                var pdfText = PdfReportText.Read(new MemoryStream(content, writable: false));
                return Read(source, pdfText, FirstTitleLine(pdfText), DocumentKind.Pdf);
            }

            if (DocumentSniffer.IsZip(content))
            {
                kind = "DOCX";
                var (text, title) = DocxReportText.Read(new MemoryStream(content, writable: false));
                return Read(source, text, title, DocumentKind.Docx);
            }

            if (DocxReportText.IsOleCompound(content))
            {
                return Failed(source, "文件是加密的Office文档或旧版Word（DOC）格式，无法读取；请另存为未加密的DOCX或PDF");
            }

            if (DocumentSniffer.HintsPdf(hint))
            {
                return Failed(source, "PDF文件已损坏，无法读取（文件开头没有PDF标识%PDF）");
            }

            if (DocumentSniffer.HintsDocx(hint))
            {
                return Failed(source, "DOCX文件已损坏，无法读取（文件不是ZIP格式）");
            }

            return ReadText(content, source, contentType);
        }
        catch (DocumentUnreadableException ex)
        {
            return ReportReadResult.Failed(new ReportReadFailure(source, $"{source}：{ex.ChineseReason}") { Detail = ex.Detail });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A parser's own failure on a damaged file: its text is English and goes to developers only.
            return Failed(source, $"{kind}文件已损坏或不完整，无法读取", ex);
        }
    }

    private static ReportReadResult ReadText(byte[] content, string source, string? contentType)
    {
        var hasUtf16Bom = content is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];
        if (!hasUtf16Bom && DocumentSniffer.LooksBinary(content))
        {
            return Failed(source, "无法识别的文件格式（不是HTML、文本、DOCX或PDF），无法读取");
        }

        var decoded = CharsetDecoder.Decode(content, contentType);
        if (decoded.LooksGarbled)
        {
            return Failed(source, $"文件内容是乱码（按{decoded.Encoding.WebName}解码后仍有大量无法识别的字符），无法核查");
        }

        if (DocumentSniffer.IsHtml(decoded.Text))
        {
            var (text, title) = HtmlReportText.Read(decoded.Text);
            return Read(source, text, title, DocumentKind.Html);
        }

        var plain = decoded.Text.Replace("\r\n", "\n", StringComparison.Ordinal);
        return Read(source, plain, FirstTitleLine(plain), DocumentKind.Text);
    }

    /// <summary>The title line of a text layer: among the first lines (stored copies start with "#" header lines).</summary>
    private static string? FirstTitleLine(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).Take(3).FirstOrDefault(ReportTitle.IsCandidate);

    private static ReportReadResult Read(string source, string text, string? title, DocumentKind kind) =>
        string.IsNullOrWhiteSpace(text)
            ? Failed(source, "文件中没有可读取的文字，无法核查")
            : ReportReadResult.Read(new ReportDocument(text, title, source, kind));

    private ReportReadResult TooLarge(string source, long? knownSize) =>
        Failed(source, knownSize is { } size
            ? $"文件大小为{Megabytes(size)}，超过上限{Megabytes(_options.MaxBytes)}，未读取"
            : $"文件大小超过上限{Megabytes(_options.MaxBytes)}，未读取");

    private static ReportReadResult Failed(string source, string reason, Exception? cause = null) =>
        ReportReadResult.Failed(new ReportReadFailure(source, $"{source}：{reason}") { Detail = cause is null ? null : ExceptionDetail.Describe(cause) });

    private static string Duration(TimeSpan duration) => duration < TimeSpan.FromSeconds(1)
        ? string.Create(CultureInfo.InvariantCulture, $"{duration.TotalMilliseconds:0}毫秒")
        : string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.#}秒");

    private static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB";
}
