using HtmlAgilityPack;

namespace ComplianceFns.Engine.Extraction;

/// <summary>How an element shows up for a reader: never rendered, hidden, a block, or inline.</summary>
internal static class HtmlRendering
{
    /// <summary>Elements whose content a reader never sees. <c>head</c> itself is not listed: HtmlAgilityPack leaves
    /// body content inside an unclosed <c>head</c>, which browsers would show; its non-visual children are listed.</summary>
    private static readonly HashSet<string> NeverRendered = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "title", "meta", "link", "base", "iframe", "frame", "object",
        "embed",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details", "dialog", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "html", "legend", "li", "main", "nav", "ol", "option", "p", "pre", "section", "summary", "table", "tbody",
        "tfoot", "thead", "tr", "ul",
    };

    private static readonly HashSet<string> Cells = new(StringComparer.OrdinalIgnoreCase) { "td", "th" };

    public static bool IsNeverRendered(HtmlNode element) => NeverRendered.Contains(element.Name);

    public static bool IsBlock(HtmlNode element) => Blocks.Contains(element.Name);

    public static bool IsCell(HtmlNode element) => Cells.Contains(element.Name);

    /// <summary>The <c>hidden</c> attribute, <c>aria-hidden="true"</c>, or inline display:none / visibility:hidden.</summary>
    public static bool IsHidden(HtmlNode element)
    {
        if (!element.HasAttributes)
        {
            return false;
        }

        if (element.Attributes["hidden"] is not null)
        {
            return true;
        }

        if (string.Equals(element.Attributes["aria-hidden"]?.Value?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.Attributes["style"]?.Value;
        if (string.IsNullOrEmpty(style))
        {
            return false;
        }

        var compact = string.Concat(style.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal)
            || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    /// <summary>Text nodes hold raw source text; entities are decoded here.</summary>
    public static string TextOf(HtmlTextNode node) => HtmlEntity.DeEntitize(node.Text) ?? string.Empty;

    /// <summary>The entity-decoded value of an attribute, or null when absent.</summary>
    public static string? AttributeText(HtmlNode element, string name)
    {
        var attribute = element.Attributes[name];
        return attribute is null ? null : HtmlEntity.DeEntitize(attribute.Value) ?? string.Empty;
    }
}
