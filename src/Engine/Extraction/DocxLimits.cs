namespace ComplianceFns.Engine.Extraction;

/// <summary>
/// What a DOCX may inflate to before we refuse it. Attachments are capped at 20 MiB compressed, but ZIP lets a
/// small file declare gigabytes; .NET's ZIP reader never inflates an entry beyond its declared size, so checking
/// the declared sizes in the central directory bounds the work before anything is inflated.
/// </summary>
internal static class DocxLimits
{
    /// <summary>All entries together; real DOCX files are mostly already-compressed images, far below this.</summary>
    public const long MaxTotalUncompressedBytes = 200L * 1024 * 1024;

    /// <summary>XML compresses about 10:1; 200:1 on a large entry means padding, not content.</summary>
    public const long MaxCompressionRatio = 200;

    /// <summary>Small entries may compress well (e.g. a blank styles part); only large ones are judged by ratio.</summary>
    public const long RatioCheckedAboveBytes = 10L * 1024 * 1024;

    /// <summary>One XML part is loaded as a DOM costing many times its size; long reports stay far below this.</summary>
    public const long MaxXmlPartBytes = 32L * 1024 * 1024;

    /// <summary>All relationship parts together: OpenXml loads every one when the package opens.</summary>
    public const long MaxTotalRelationshipBytes = 32L * 1024 * 1024;

    /// <summary>Real documents have a few hundred entries; each one costs memory just to list.</summary>
    public const int MaxEntries = 10_000;
}
