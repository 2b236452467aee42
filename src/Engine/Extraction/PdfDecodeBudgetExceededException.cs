namespace ComplianceFns.Engine.Extraction;

/// <summary>A PDF stream would decode to more than <see cref="PdfDecodeBudget"/> allows.</summary>
internal sealed class PdfDecodeBudgetExceededException(long decodedBytesAtLeast)
    : IOException($"A PDF stream decodes to at least {decodedBytesAtLeast} bytes, beyond the decode budget.")
{
    public long DecodedBytesAtLeast { get; } = decodedBytesAtLeast;
}
