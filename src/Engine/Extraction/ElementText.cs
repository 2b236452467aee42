using HtmlAgilityPack;

namespace ComplianceFns.Engine.Extraction;

/// <summary>The visible text of one element on a single line, bounded so an unclosed tag spanning a huge page stays cheap.</summary>
internal static class ElementText
{
    public const int MaxChars = 500;
    private const int MaxNodesVisited = 300;

    public static string Of(HtmlNode element, int maxChars = MaxChars)
    {
        var writer = new CollapsingTextWriter(maxChars, singleLine: true);
        var pending = new Stack<HtmlNode>();
        PushChildren(pending, element);
        var visited = 0;
        while (pending.Count > 0 && !writer.IsFull && visited++ < MaxNodesVisited)
        {
            var node = pending.Pop();
            switch (node)
            {
                case HtmlTextNode text:
                    writer.Append(HtmlRendering.TextOf(text));
                    break;
                case { NodeType: HtmlNodeType.Element } child when !HtmlRendering.IsNeverRendered(child) && !HtmlRendering.IsHidden(child):
                    if (HtmlRendering.IsBlock(child) || HtmlRendering.IsCell(child))
                    {
                        writer.Space();
                    }

                    PushChildren(pending, child);
                    break;
            }
        }

        return writer.ToString();
    }

    /// <summary>The alt (else title) of the first image inside the element: the text of an image-only link.</summary>
    public static string FirstImageAlt(HtmlNode element)
    {
        var pending = new Stack<HtmlNode>();
        PushChildren(pending, element);
        var visited = 0;
        while (pending.Count > 0 && visited++ < MaxNodesVisited)
        {
            var node = pending.Pop();
            if (node.NodeType != HtmlNodeType.Element)
            {
                continue;
            }

            if (node.Name == "img")
            {
                return AltOrTitle(node);
            }

            PushChildren(pending, node);
        }

        return string.Empty;
    }

    public static string AltOrTitle(HtmlNode element) =>
        Collapse(HtmlRendering.AttributeText(element, "alt")) is { Length: > 0 } alt
            ? alt
            : Collapse(HtmlRendering.AttributeText(element, "title"));

    public static string Collapse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var writer = new CollapsingTextWriter(MaxChars, singleLine: true);
        writer.Append(text);
        return writer.ToString();
    }

    private static void PushChildren(Stack<HtmlNode> pending, HtmlNode element)
    {
        var children = element.ChildNodes;
        for (var i = children.Count - 1; i >= 0; i--)
        {
            pending.Push(children[i]);
        }
    }
}
