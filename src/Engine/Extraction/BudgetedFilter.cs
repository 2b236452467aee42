using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace ComplianceFns.Engine.Extraction;

/// <summary>
/// A PdfPig filter that first measures what it would decode to (see <see cref="DecodedSizeCounter"/>) and refuses
/// the stream when that passes the document's <see cref="PdfDecodeBudget"/>; only then does PdfPig decode it.
/// </summary>
internal sealed class BudgetedFilter(IFilter inner, PdfDecodeBudget budget) : IFilter
{
    public bool IsSupported => inner.IsSupported;

    public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
    {
        var allowance = budget.Allowance;
        long? measured = inner switch
        {
            FlateFilter => DecodedSizeCounter.Flate(input, allowance),
            RunLengthFilter => DecodedSizeCounter.RunLength(input.Span, allowance),
            LzwFilter => DecodedSizeCounter.Lzw(input.Span, EarlyChange(streamDictionary, filterIndex), allowance),
            _ => null,
        };
        if (measured is { } size)
        {
            budget.Charge(size);
            return inner.Decode(input, streamDictionary, filterProvider, filterIndex);
        }

        // The other filters shrink (ASCIIHex, ASCII85) or decode images, which link extraction never asks for;
        // their output is still charged so the total stays honest.
        var decoded = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
        budget.Charge(decoded.Length);
        return decoded;
    }

    private static bool EarlyChange(DictionaryToken streamDictionary, int filterIndex)
    {
        var parameters = DecodeParameterResolver.GetFilterParameters(streamDictionary, filterIndex);
        return !(parameters.TryGet(NameToken.EarlyChange, out var value) && value is NumericToken { Int: 0 });
    }
}
