using ComplianceFns.Rules.Links;

namespace ComplianceFns.Engine.Extraction;

/// <summary>One reference found on an HTML page.</summary>
/// <param name="RawHref">The attribute value exactly as written in the source, for the admin to find it.</param>
/// <param name="Target">The absolute http(s) target without its fragment; null when the href is not a usable http(s) URL.</param>
/// <param name="Text">Visible link text (or alt/title for images), whitespace-collapsed; empty when there is none.</param>
/// <param name="Kind">How the target is used.</param>
/// <param name="Fragment">
/// The fragment without '#' as written (HTML looks for an element by the raw form before the decoded one), when the
/// href has a non-empty one.
/// </param>
public sealed record ExtractedLink(string RawHref, Uri? Target, string Text, LinkKind Kind, string? Fragment);
