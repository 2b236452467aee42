using ComplianceFns.Engine.Extraction;
using HtmlAgilityPack;

namespace ComplianceFns.Engine.Reports.Documents;

/// <summary>
/// The visible text of a report page in document order: blocks become lines and every table row one
/// <see cref="TableRowText"/> line. A merged (rowspan/colspan) cell is a single element in the markup, so it appears
/// once, on its first row, exactly as the flattened text of real pages shows it.
/// </summary>
internal static class HtmlReportText
{
    /// <summary>Deeper markup (thousands of unclosed tags) is parsed flattened, as the page parser does.</summary>
    private const int MaxNestingDepth = 400;

    /// <summary>Page chrome around the article, never part of a report.</summary>
    private static readonly HashSet<string> Chrome = new(StringComparer.OrdinalIgnoreCase) { "nav", "footer", "aside", "select", "button" };

    public static (string Text, string? Title) Read(string html)
    {
        var document = Load(html);
        var lines = new TextLines();
        string? heading = null;
        string? pageTitle = null;
        var pending = new Stack<(HtmlNode Node, bool Exiting)>();
        pending.Push((document.DocumentNode, false));
        while (pending.Count > 0)
        {
            var (node, exiting) = pending.Pop();
            if (exiting)
            {
                lines.Break();
                continue;
            }

            switch (node)
            {
                case HtmlTextNode text:
                    lines.Append(HtmlRendering.TextOf(text));
                    continue;
                case { NodeType: not HtmlNodeType.Element and not HtmlNodeType.Document }:
                    continue;
            }

            if (node.Name.Equals("title", StringComparison.OrdinalIgnoreCase))
            {
                pageTitle ??= TableRowText.CollapseWhitespace(node.InnerText is { } t ? HtmlEntity.DeEntitize(t) : string.Empty);
                continue;
            }

            if (HtmlRendering.IsNeverRendered(node) || HtmlRendering.IsHidden(node) || Chrome.Contains(node.Name))
            {
                continue;
            }

            if (node.Name.Equals("table", StringComparison.OrdinalIgnoreCase))
            {
                lines.Break();
                foreach (var row in RowsOf(node))
                {
                    lines.AddLine(TableRowText.Format(row.ChildNodes.Where(IsVisibleCell).Select(CellText)));
                }

                continue;
            }

            if (heading is null && node.Name is "h1" or "h2" && CellText(node) is var headingText && ReportTitle.IsCandidate(headingText))
            {
                heading = headingText;
            }

            var block = HtmlRendering.IsBlock(node);
            if (block)
            {
                lines.Break();
                pending.Push((node, true));
            }

            for (var i = node.ChildNodes.Count - 1; i >= 0; i--)
            {
                pending.Push((node.ChildNodes[i], false));
            }
        }

        var title = heading ?? (ReportTitle.IsCandidate(pageTitle) ? pageTitle : null);
        return (lines.ToString(), title);
    }

    private static HtmlDocument Load(string html)
    {
        var document = new HtmlDocument { OptionMaxNestedChildNodes = MaxNestingDepth };
        try
        {
            document.LoadHtml(html);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Too deeply nested (HtmlAgilityPack throws a plain Exception): tables are lost, the text stays in order.
            document = new HtmlDocument { OptionMaxNestedChildNodes = MaxNestingDepth };
            document.LoadHtml(HtmlFlattener.Flatten(html, keepAnchors: false));
        }

        return document;
    }

    /// <summary>The table's own rows (in thead/tbody/tfoot or direct), not those of tables nested in its cells.</summary>
    private static IEnumerable<HtmlNode> RowsOf(HtmlNode table)
    {
        foreach (var row in table.Descendants("tr"))
        {
            var owner = row.ParentNode;
            while (owner is not null && !owner.Name.Equals("table", StringComparison.OrdinalIgnoreCase))
            {
                owner = owner.ParentNode;
            }

            if (owner == table && !HtmlRendering.IsHidden(row))
            {
                yield return row;
            }
        }
    }

    private static bool IsVisibleCell(HtmlNode node) =>
        node.NodeType == HtmlNodeType.Element && HtmlRendering.IsCell(node) && !HtmlRendering.IsHidden(node);

    /// <summary>A cell's visible text on one line (nested blocks and tables joined by spaces).</summary>
    private static string CellText(HtmlNode cell)
    {
        var lines = new TextLines();
        var pending = new Stack<HtmlNode>();
        pending.Push(cell);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is HtmlTextNode text)
            {
                lines.Append(HtmlRendering.TextOf(text));
                continue;
            }

            if (node.NodeType != HtmlNodeType.Element || HtmlRendering.IsNeverRendered(node) || HtmlRendering.IsHidden(node))
            {
                continue;
            }

            if (HtmlRendering.IsBlock(node) || HtmlRendering.IsCell(node))
            {
                lines.Append(" ");
            }

            for (var i = node.ChildNodes.Count - 1; i >= 0; i--)
            {
                pending.Push(node.ChildNodes[i]);
            }
        }

        return lines.ToString();
    }
}
