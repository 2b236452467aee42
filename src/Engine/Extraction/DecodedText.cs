using System.Text;

namespace ComplianceFns.Engine.Extraction;

/// <summary>A response body decoded to text, with the encoding used and the evidence that chose it.</summary>
/// <param name="Text">The decoded text (without any byte order mark).</param>
/// <param name="Encoding">The encoding that produced <paramref name="Text"/>.</param>
/// <param name="Source">What chose the encoding: "bom", "header", "meta", "sniff" or "default".</param>
/// <param name="LooksGarbled">True when the text still holds many U+FFFD or private-use characters (乱码).</param>
public sealed record DecodedText(string Text, Encoding Encoding, string Source, bool LooksGarbled)
{
    /// <summary>The charset the header or meta tag declared, as written, when one was found and recognised or not.</summary>
    public string? DeclaredCharset { get; init; }

    /// <summary>True when a declared charset was overruled because the bytes decode better with another encoding.</summary>
    public bool DeclaredCharsetWasWrong { get; init; }
}
