using System.IO.Compression;
using System.Xml;

namespace ComplianceFns.Engine.Extraction;

/// <summary>
/// Relationship targets exactly as written in a DOCX's <c>_rels/*.rels</c> files. OpenXml replaces a malformed
/// target (e.g. <c>http://exa mple.com</c>) with <c>rewritten://…</c>; those are precisely the broken links to report.
/// </summary>
internal static class DocxRelationshipTargets
{
    /// <summary>Targets by part path (e.g. "/word/document.xml") and relationship id; empty when unreadable or too large.</summary>
    /// <remarks>Honours <see cref="DocxLimits"/> itself, so it is safe even when called before the guard.</remarks>
    public static IReadOnlyDictionary<string, Dictionary<string, string>> Read(Stream stream)
    {
        var result = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        var start = stream.Position;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (DocxInflationGuard.Refusal(zip.Entries) is not null)
            {
                return result;
            }

            long budget = DocxLimits.MaxTotalRelationshipBytes;
            foreach (var entry in zip.Entries)
            {
                if (DocxInflationGuard.IsRelationshipPart(entry.FullName) && entry.Length <= budget
                    && PartPathOf(entry.FullName) is { } partPath)
                {
                    budget -= entry.Length;
                    using var rels = entry.Open();
                    result[partPath] = ReadTargets(rels);
                }
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException or NotSupportedException)
        {
            // The OpenXml reader reports the damage; without raw targets it falls back to its own.
        }
        finally
        {
            stream.Position = start;
        }

        return result;
    }

    /// <summary>"word/_rels/document.xml.rels" describes "/word/document.xml".</summary>
    private static string? PartPathOf(string relsPath)
    {
        var marker = relsPath.LastIndexOf("_rels/", StringComparison.Ordinal);
        if (marker < 0)
        {
            return null;
        }

        var folder = relsPath[..marker];
        var fileName = relsPath[(marker + "_rels/".Length)..^".rels".Length];
        return "/" + folder + fileName;
    }

    private static Dictionary<string, string> ReadTargets(Stream rels)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = DocxLimits.MaxXmlPartBytes,
        };
        using var reader = XmlReader.Create(rels, settings);
        while (reader.Read())
        {
            if (reader is { NodeType: XmlNodeType.Element, LocalName: "Relationship" }
                && reader.GetAttribute("Id") is { } id
                && reader.GetAttribute("Target") is { } target)
            {
                targets[id] = target;
            }
        }

        return targets;
    }
}
