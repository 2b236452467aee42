using System.Globalization;
using System.IO.Compression;

namespace ComplianceFns.Engine.Extraction;

/// <summary>
/// Refuses compression bombs by reading only the DOCX's ZIP central directory (declared sizes), before OpenXml or
/// our own relationship reader inflates anything. See <see cref="DocxLimits"/>.
/// </summary>
internal static class DocxInflationGuard
{
    private const double BytesPerMegabyte = 1024 * 1024;

    /// <summary>Why the DOCX must not be read (Chinese; the caller adds what it did not read); null when it is safe or not a readable ZIP.</summary>
    /// <remarks>An unreadable ZIP is left to the OpenXml reader, which reports the damage. The position is restored.</remarks>
    public static string? Refusal(Stream stream)
    {
        var start = stream.Position;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            return Refusal(zip.Entries);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            return null;
        }
        finally
        {
            stream.Position = start;
        }
    }

    /// <summary>The same verdict for an archive already open.</summary>
    public static string? Refusal(IReadOnlyCollection<ZipArchiveEntry> entries)
    {
        if (entries.Count > DocxLimits.MaxEntries)
        {
            return $"DOCX文件包含的部件过多（{entries.Count}个，上限{DocxLimits.MaxEntries}个），疑似压缩炸弹";
        }

        long total = 0;
        long relationships = 0;
        foreach (var entry in entries)
        {
            if (IsBomb(entry))
            {
                var ratio = entry.CompressedLength == 0 ? "无穷" : (entry.Length / entry.CompressedLength).ToString(CultureInfo.InvariantCulture);
                return $"DOCX文件中的{entry.FullName}解压后达{Megabytes(entry.Length)}（压缩后{Megabytes(entry.CompressedLength)}，压缩比{ratio}:1），疑似压缩炸弹";
            }

            // Each term is at most the cap, so the sums cannot overflow before the check stops them.
            total += Math.Min(entry.Length, DocxLimits.MaxTotalUncompressedBytes + 1);
            if (total > DocxLimits.MaxTotalUncompressedBytes)
            {
                return $"DOCX文件解压后过大（超过{Megabytes(DocxLimits.MaxTotalUncompressedBytes)}），疑似压缩炸弹";
            }

            if (IsXmlPart(entry.FullName) && entry.Length > DocxLimits.MaxXmlPartBytes)
            {
                return $"DOCX文件中的{entry.FullName}解压后过大（{Megabytes(entry.Length)}，上限{Megabytes(DocxLimits.MaxXmlPartBytes)}）";
            }

            if (IsRelationshipPart(entry.FullName))
            {
                relationships += entry.Length;
                if (relationships > DocxLimits.MaxTotalRelationshipBytes)
                {
                    return $"DOCX文件中的关系部件（_rels/*.rels）解压后过大（超过{Megabytes(DocxLimits.MaxTotalRelationshipBytes)}），疑似压缩炸弹";
                }
            }
        }

        return null;
    }

    private static bool IsBomb(ZipArchiveEntry entry) =>
        entry.Length > DocxLimits.RatioCheckedAboveBytes
        && (entry.CompressedLength == 0 || entry.Length / entry.CompressedLength > DocxLimits.MaxCompressionRatio);

    public static bool IsRelationshipPart(string path) => path.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static bool IsXmlPart(string path) =>
        IsRelationshipPart(path) || path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);

    private static string Megabytes(long bytes) =>
        (bytes / BytesPerMegabyte).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
}
