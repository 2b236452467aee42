namespace ComplianceFns.Engine.Extraction;

/// <summary>
/// How many decoded bytes one PDF may cost. PdfPig inflates each stream fully into memory, and Flate expands up to
/// 1032:1, so a 20 MiB attachment could ask for 20 GB; every stream is measured against this before it is decoded.
/// </summary>
internal sealed class PdfDecodeBudget(long perStreamBytes, long totalBytes)
{
    /// <summary>Real page content streams are a few MiB at most; embedded CJK fonts stay well below this too.</summary>
    public const long DefaultPerStreamBytes = 32L * 1024 * 1024;

    /// <summary>All streams of one document together, across the pages read.</summary>
    public const long DefaultTotalBytes = 256L * 1024 * 1024;

    private long _spent;

    public PdfDecodeBudget()
        : this(DefaultPerStreamBytes, DefaultTotalBytes)
    {
    }

    public long PerStreamBytes { get; } = perStreamBytes;

    public long TotalBytes { get; } = totalBytes;

    /// <summary>Streams refused so far; counted so a refusal swallowed inside PdfPig is still seen.</summary>
    public int Refusals { get; private set; }

    /// <summary>True once a stream larger than the per-stream cap was refused.</summary>
    public bool StreamTooLarge { get; private set; }

    /// <summary>True once the whole document's budget is spent.</summary>
    public bool TotalSpent => _spent >= TotalBytes;

    /// <summary>The most one stream may decode to now.</summary>
    public long Allowance => Math.Min(PerStreamBytes, Math.Max(0, TotalBytes - _spent));

    /// <summary>Charges a decoded stream, or throws when it does not fit.</summary>
    public void Charge(long decodedBytes)
    {
        if (decodedBytes > Allowance)
        {
            Refusals++;
            StreamTooLarge |= decodedBytes > PerStreamBytes;
            _spent = Math.Min(TotalBytes, _spent + Math.Min(decodedBytes, PerStreamBytes));
            throw new PdfDecodeBudgetExceededException(decodedBytes);
        }

        _spent += decodedBytes;
    }
}
