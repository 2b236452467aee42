namespace ComplianceFns.Rules.Links;

/// <summary>One occurrence of a link on a page (or inside an attachment).</summary>
/// <param name="PageUrl">The canonical URL of the page or attachment that contains the link.</param>
/// <param name="RawHref">The href exactly as written, for the admin to find it.</param>
/// <param name="TargetUrl">The canonical absolute target, or null when the href could not be resolved.</param>
/// <param name="Text">The visible link text (or alt/title for images), whitespace-collapsed.</param>
/// <param name="Kind">How the target is used.</param>
public sealed record LinkReference(string PageUrl, string RawHref, string? TargetUrl, string Text, LinkKind Kind)
{
    /// <summary>The fragment without '#', when the href has one.</summary>
    public string? Fragment { get; init; }
}
