using HtmlAgilityPack;

namespace ComplianceFns.Engine.Tests.Reporting;

/// <summary>Reads what the dumped (post-script) DOM of the report shows.</summary>
internal sealed class HtmlDom
{
    private HtmlDom(HtmlDocument document) => Document = document;

    public HtmlDocument Document { get; }

    public static HtmlDom Parse(string html)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        return new HtmlDom(document);
    }

    public IReadOnlyList<HtmlNode> All(string xpath) => (IReadOnlyList<HtmlNode>?)Document.DocumentNode.SelectNodes(xpath)?.ToList() ?? [];

    public HtmlNode Node(string xpath) =>
        Document.DocumentNode.SelectSingleNode(xpath) ?? throw new Xunit.Sdk.XunitException($"no element matches {xpath}");

    public HtmlNode ById(string id) => Document.GetElementbyId(id) ?? throw new Xunit.Sdk.XunitException($"no element with id {id}");

    /// <summary>Open-finding rows the filter left visible.</summary>
    public IReadOnlyList<HtmlNode> VisibleOpenRows =>
        All("//tr[contains(concat(' ', @class, ' '), ' finding ')]").Where(r => !r.Attributes.Contains("hidden")).ToList();

    public int OpenRowCount => All("//tr[contains(concat(' ', @class, ' '), ' finding ')]").Count;

    /// <summary>The number in the summary cell marked <c>data-count="key"</c>.</summary>
    public int Count(string key)
    {
        var cells = All("//*[@data-count]").Where(n => HtmlEntity.DeEntitize(n.GetAttributeValue("data-count", string.Empty)) == key).ToList();
        Assert.True(cells.Count == 1, $"expected one data-count=\"{key}\", found {cells.Count}");
        return int.Parse(cells[0].InnerText.Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public (int Shown, int Total) ShownCount()
    {
        var shown = int.Parse(ById("shown-count").InnerText, System.Globalization.CultureInfo.InvariantCulture);
        var total = int.Parse(ById("total-count").InnerText, System.Globalization.CultureInfo.InvariantCulture);
        var text = HtmlEntity.DeEntitize((ById("shown-count").ParentNode?.InnerText ?? string.Empty));
        Assert.Contains($"显示 {shown} / {total} 条", text, StringComparison.Ordinal);
        return (shown, total);
    }
}
