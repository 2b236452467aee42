using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace ComplianceFns.Engine.Extraction;

/// <summary>
/// Builds <see cref="PdfAnnotationOnlyPage"/>s straight from the page dictionary (/Annots → /Link → /A /URI), so a page
/// whose content stream is a compression bomb still yields its links without its content being inflated.
/// </summary>
internal sealed class PdfAnnotationOnlyPageFactory(IPdfTokenScanner scanner) : IPageFactory<PdfAnnotationOnlyPage>
{
    /// <summary>Resolving references is bounded: a hostile file may chain them in a loop.</summary>
    private const int MaxReferenceHops = 16;

    public PdfAnnotationOnlyPage Create(int number, DictionaryToken dictionary, PageTreeMembers pageTreeMembers, NamedDestinations namedDestinations)
    {
        var uris = new List<string>();
        if (!dictionary.TryGet(NameToken.Annots, out var annotsToken) || Resolve(annotsToken) is not ArrayToken annotations)
        {
            return new PdfAnnotationOnlyPage(number, uris);
        }

        foreach (var item in annotations.Data)
        {
            if (Resolve(item) is DictionaryToken annotation
                && annotation.TryGet(NameToken.Subtype, out var subtype) && Resolve(subtype) is NameToken { Data: "Link" }
                && annotation.TryGet(NameToken.A, out var actionToken) && Resolve(actionToken) is DictionaryToken action
                && action.TryGet(NameToken.S, out var kind) && Resolve(kind) is NameToken { Data: "URI" }
                && action.TryGet(NameToken.Uri, out var uriToken) && Resolve(uriToken) is IDataToken<string> { Data: { } uri })
            {
                uris.Add(uri);
            }
        }

        return new PdfAnnotationOnlyPage(number, uris);
    }

    private IToken? Resolve(IToken? token)
    {
        for (var hop = 0; hop < MaxReferenceHops && token is IndirectReferenceToken reference; hop++)
        {
            token = scanner.Get(reference.Data)?.Data;
        }

        return token is IndirectReferenceToken ? null : token;
    }
}
