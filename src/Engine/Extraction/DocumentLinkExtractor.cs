using ComplianceFns.Engine.Diagnostics;

namespace ComplianceFns.Engine.Extraction;

/// <summary>Extracts hyperlinks from attachments (PDF, DOCX). Never throws on bad files: <see cref="DocumentLinks.Error"/> says why.</summary>
public static class DocumentLinkExtractor
{
    private static readonly byte[] PdfMagic = "%PDF"u8.ToArray();
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Some producers put junk before the header; readers accept it within the first KiB.</summary>
    private const int PdfHeaderWindow = 1024;

    public static DocumentLinks ExtractFromPdf(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return WithSeekable(stream, PdfLinkReader.Read, "PDF文件已损坏，无法读取");
    }

    public static DocumentLinks ExtractFromDocx(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return WithSeekable(stream, seekable =>
        {
            var head = Peek(seekable, OleMagic.Length);
            return head.AsSpan().StartsWith(OleMagic)
                ? DocumentLinks.Failed("DOCX文件已加密或损坏：文件是加密的Office文档或旧版DOC格式，不是DOCX")
                : DocxLinkReader.Read(seekable);
        }, "DOCX文件已加密或损坏");
    }

    /// <summary>Picks the reader by magic bytes first (servers often send application/octet-stream), then by the hint.</summary>
    /// <param name="stream">The attachment body.</param>
    /// <param name="contentTypeOrExtension">A Content-Type ("application/pdf"), an extension (".docx") or a file name.</param>
    public static DocumentLinks Extract(Stream stream, string contentTypeOrExtension)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var hint = (contentTypeOrExtension ?? string.Empty).Trim().ToLowerInvariant();
        return WithSeekable(stream, seekable =>
        {
            var head = Peek(seekable, PdfHeaderWindow);
            if (head.AsSpan().IndexOf(PdfMagic) >= 0)
            {
                return PdfLinkReader.Read(seekable);
            }

            if (head.AsSpan().StartsWith(ZipMagic))
            {
                return IsOtherZipFormat(hint)
                    ? DocumentLinks.Failed($"暂不支持从该类型文件提取链接：{contentTypeOrExtension}")
                    : DocxLinkReader.Read(seekable);
            }

            if (head.AsSpan().StartsWith(OleMagic))
            {
                return IsDocx(hint)
                    ? DocumentLinks.Failed("DOCX文件已加密或损坏：文件是加密的Office文档或旧版DOC格式，不是DOCX")
                    : DocumentLinks.Failed("暂不支持从旧版Office文件（DOC/XLS/PPT）或加密文件提取链接");
            }

            if (IsPdf(hint))
            {
                return DocumentLinks.Failed("PDF文件已损坏，无法读取：文件开头没有PDF标识（%PDF）");
            }

            if (IsDocx(hint))
            {
                return DocumentLinks.Failed("DOCX文件已加密或损坏：文件不是ZIP格式");
            }

            return DocumentLinks.Failed($"无法识别的文件类型，未提取链接：{contentTypeOrExtension}");
        }, "文件无法读取");
    }

    private static bool IsPdf(string hint) => hint.Contains("pdf", StringComparison.Ordinal);

    private static bool IsDocx(string hint) =>
        hint.Contains("wordprocessingml", StringComparison.Ordinal) || hint.EndsWith("docx", StringComparison.Ordinal);

    private static bool IsOtherZipFormat(string hint) =>
        hint.Contains("spreadsheetml", StringComparison.Ordinal)
        || hint.Contains("presentationml", StringComparison.Ordinal)
        || hint.EndsWith("xlsx", StringComparison.Ordinal)
        || hint.EndsWith("pptx", StringComparison.Ordinal)
        || hint.EndsWith("zip", StringComparison.Ordinal)
        || hint.EndsWith("ofd", StringComparison.Ordinal);

    /// <summary>PdfPig and the ZIP reader need to seek; a network stream is buffered first.</summary>
    private static DocumentLinks WithSeekable(Stream stream, Func<Stream, DocumentLinks> read, string failurePrefix)
    {
        try
        {
            if (stream.CanSeek)
            {
                return read(stream);
            }

            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            buffer.Position = 0;
            return read(buffer);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return DocumentLinks.Failed(failurePrefix) with { Detail = ExceptionDetail.Describe(ex) };
        }
    }

    private static byte[] Peek(Stream stream, int count)
    {
        var start = stream.Position;
        var buffer = new byte[count];
        var read = stream.ReadAtLeast(buffer, count, throwOnEndOfStream: false);
        stream.Position = start;
        return buffer[..read];
    }
}
