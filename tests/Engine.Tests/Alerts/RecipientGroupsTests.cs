using ComplianceFns.Engine.Alerts;

namespace ComplianceFns.Engine.Tests.Alerts;

public sealed class RecipientGroupsTests
{
    [Fact]
    public void Global_recipients_get_everything_and_site_recipients_only_their_own()
    {
        var items = new[] { ("east", new[] { "east@x.cn" }), ("west", Array.Empty<string>()), ("north", new[] { "north@x.cn", "ADMIN@x.cn" }) };

        var groups = RecipientGroups.Group(items, ["admin@x.cn"], i => i.Item2);

        Assert.Equal(3, groups.Count);
        Assert.Equal(["east", "west", "north"], Assert.Single(groups, g => g.To.Contains("admin@x.cn")).Items.Select(i => i.Item1));
        Assert.Equal(["east"], Assert.Single(groups, g => g.To.Contains("east@x.cn")).Items.Select(i => i.Item1));
        Assert.Equal(["north"], Assert.Single(groups, g => g.To.Contains("north@x.cn")).Items.Select(i => i.Item1));
    }

    [Fact]
    public void Recipients_with_the_same_items_share_one_mail()
    {
        var groups = RecipientGroups.Group(["only"], ["a@x.cn"], _ => ["b@x.cn"]);

        var group = Assert.Single(groups);
        Assert.Equal(["a@x.cn", "b@x.cn"], group.To);
    }

    [Fact]
    public void No_recipient_means_no_mail() => Assert.Empty(RecipientGroups.Group(["only"], [], _ => []));
}
