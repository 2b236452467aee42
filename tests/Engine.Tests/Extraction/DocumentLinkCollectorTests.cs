using ComplianceFns.Engine.Extraction;

namespace ComplianceFns.Engine.Tests.Extraction;

public sealed class DocumentLinkCollectorTests
{
    [Fact]
    public void Links_are_capped_and_the_cap_is_reported()
    {
        var collector = new DocumentLinkCollector();

        for (var i = 0; i <= DocumentLinkCollector.MaxLinks; i++)
        {
            collector.Add($"http://127.0.0.1/{i}.html", $"链接{i}", page: 1);
        }

        Assert.Equal(DocumentLinkCollector.MaxLinks, collector.Links.Count);
        Assert.True(collector.Truncated);
    }

    [Fact]
    public void Duplicates_and_mail_links_are_dropped_and_text_is_collapsed()
    {
        var collector = new DocumentLinkCollector();

        collector.Add(" http://127.0.0.1/a.html ", "  政务\n公开 ", page: 2);
        collector.Add("http://127.0.0.1/a.html", "政务 公开", page: 2);
        collector.Add("mailto:office@127.0.0.1", "邮箱", page: 2);
        collector.Add("", "空", page: 2);

        var link = Assert.Single(collector.Links);
        Assert.Equal(new DocumentLink("http://127.0.0.1/a.html", "政务 公开", 2), link);
        Assert.False(collector.Truncated);
    }
}
