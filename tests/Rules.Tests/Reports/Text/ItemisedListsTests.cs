using ComplianceFns.Rules.Reports.Text;

namespace ComplianceFns.Rules.Tests.Reports.Text;

public sealed class ItemisedListsTests
{
    [Fact]
    public void A_list_after_其中_is_read_up_to_a_clause_that_starts_another_statement()
    {
        const string text = "2019年,河西街道通过区政府门户网站上报信息114条,审发推送71条,其中工作动态67条、规划计划1条、政策文件2条、应急管理1条;通过官方微博“河西发布V”、微信公众号“河之西”分别发布各类信息92条、306条。";

        var list = Assert.Single(ItemisedLists.Find(text));

        Assert.Equal(71m, list.Total.Value);
        Assert.Equal(["工作动态", "规划计划", "政策文件", "应急管理"], list.Items.Select(i => i.Category));
        Assert.Equal(71m, list.Sum);
        Assert.True(list.AddsUp);
    }

    [Fact]
    public void Nested_lists_each_get_their_own_total_and_a_wrong_sum_is_visible()
    {
        const string text = "2020年,全镇累计主动公开政府信息114条,其中通过政府网站公开信息72条,其中包括机构职能类3条、领导信息类10条、政务动态类36条,财政信息类6条、重大政策落实7条、规划总结2条,公文4条、规划总结2条、公开指南1条等,涉及扶贫、公共卫生等各个方面。";

        var lists = ItemisedLists.Find(text);

        Assert.Equal(2, lists.Count);
        Assert.Equal(114m, lists[0].Total.Value);
        Assert.Equal([72m], lists[0].Items.Select(i => i.Count.Value));
        Assert.Equal(72m, lists[1].Total.Value);
        Assert.Equal(71m, lists[1].Sum);
        Assert.False(lists[1].AddsUp);
        Assert.Equal(2, lists[1].Items.Count(i => i.Category == "规划总结"));
    }

    [Fact]
    public void A_sentence_opening_with_其中_takes_the_previous_sentences_last_count_and_semicolons_separate_items()
    {
        const string text = "累计公开信息80条,主动公开80条。其中,信息公开年报1条,占比1.1%;部门工作动态信息54条,占比67.5%;领导信息11条,占比13.8%;财政信息7条,占比8.8%;政策文件信息4条,占比5%;政策文件解读3条,占比3.8%。";

        var list = Assert.Single(ItemisedLists.Find(text));

        Assert.Equal(80m, list.Total.Value);
        Assert.Equal(6, list.Items.Count);
        Assert.True(list.AddsUp);
    }

    [Fact]
    public void A_bracketed_含_list_ends_at_its_bracket()
    {
        const string text = "主动公开市政府规章13件(含新制定5件,修改4件,废止4件),主动公开行政规范性文件42件,人事任免文件106件。";

        var list = Assert.Single(ItemisedLists.Find(text));

        Assert.Equal(13m, list.Total.Value);
        Assert.Equal([5m, 4m, 4m], list.Items.Select(i => i.Count.Value));
        Assert.True(list.AddsUp);
    }

    [Fact]
    public void Items_in_another_unit_are_not_items_and_approximate_numbers_are_flagged()
    {
        var lists = ItemisedLists.Find("全年发布信息300余条,其中政策解读20条、开展在线访谈2次、工作动态280条。");

        var list = Assert.Single(lists);
        Assert.Equal([20m, 280m], list.Items.Select(i => i.Count.Value));
        Assert.True(list.HasApproximateNumber);
    }

    [Theory]
    [InlineData("本年度共答复申请120件（含上年度结转申请6件，另有9件申请顺延到下年度答复）。")]
    [InlineData("全年受理申请58件(含网上申请40件,此外还有当面咨询12件)。")]
    [InlineData("办结申请31件（含结转3件；不含已撤回的2件）。")]
    public void A_clause_counting_outside_the_total_is_no_item(string text)
    {
        // "含…" names parts of the total; "另有/此外/不含…" counts something outside it: never total = part + outside.
        Assert.All(ItemisedLists.Find(text), list => Assert.Single(list.Items));
    }

    [Fact]
    public void A_含_list_of_several_parts_still_ends_before_an_outside_clause()
    {
        var list = Assert.Single(ItemisedLists.Find("答复申请120件（含依申请公开80件、上年度结转40件，另有9件顺延至下年度答复）。"));

        Assert.Equal([80m, 40m], list.Items.Select(i => i.Count.Value));
        Assert.True(list.AddsUp);
    }

    [Theory]
    [InlineData("在门户网站累计公布信息69条,工作动态61条,运输管理5条,建设管理3条,航务管理1条。", 69, 70)]
    [InlineData("全年共发布信息120条,工作动态80条,通知公告30条,政策文件10条。", 120, 120)]
    public void A_total_followed_by_bare_category_counts_is_a_list_without_a_marker(string text, int total, int sum)
    {
        var list = Assert.Single(ItemisedLists.Find(text));

        Assert.Equal(total, list.Total.Value);
        Assert.Equal(sum, list.Sum);
    }

    [Theory]
    [InlineData("全年共发布信息120条,办结申请80件,答复咨询30条,举办发布会10场。")]
    [InlineData("全年共收到申请12件,办结10件,结转2件,答复3件。")]
    [InlineData("发布信息120条,工作动态80条,通知公告30条,政策文件10条。")]
    [InlineData("政府采购信息43条,公共资源配置类信息25条,社会保障类信息16条,劳动就业类信息16条,环境保护类信息67条。")]
    [InlineData("全年依申请公开共收到群众网上申请105件,快递17件,合计122件,上年结转11件。")]
    public void Counts_of_other_statements_are_no_unmarked_list(string text) => Assert.Empty(ItemisedLists.Find(text));

    [Fact]
    public void A_clause_stating_what_was_done_with_the_applications_ends_a_channel_list()
    {
        // samples/annual-reports/held-out-4/2022-jiaxing-scjgj: 11 received, all online; 8 closed and 1 carried over are other statements.
        var lists = ItemisedLists.Find("2022年,本局受理政府信息依申请公开11件,其中网络申请11件,申请办结数8件,结转下一年办理1件,均在法定时间予以反馈答复。");

        Assert.All(lists, l => Assert.Single(l.Items));
    }

    [Fact]
    public void A_closing_clause_ends_a_channel_list_before_an_outcome_count()
    {
        // samples/annual-reports/tuning/2021-qinzhou-bureau: 9 = 8 online + 1 on paper; 予以公开9件 is another statement.
        var list = Assert.Single(ItemisedLists.Find("2021年我局共收到9份政府信息依申请公开事项,其中8份是网络依申请公开,1份是纸质依申请公开,皆已全部按时答复,予以公开9件。"));

        Assert.Equal([8m, 1m], list.Items.Select(i => i.Count.Value));
    }

    [Theory]
    [InlineData("2023年,收到政府信息公开申请36件,其中:网络申请1件、信函申请35件,引发行政复议1件。", 36, 2)]
    [InlineData("主动公开政府信息188条,其中:工作动态类信息38条;公示公告类信息1条;其他文件信息4条;政策解读1条;规划信息1条;财政资金类信息5条;公益事业建设类信息127条,公共资源配置类信息7条;其他主动公开类信息4条。", 188, 9)]
    public void A_list_runs_past_公共_and_stops_at_a_review_count(string text, int total, int items)
    {
        // samples/annual-reports/held-out-5: 2023-dazhu-zrzyj and 2025-qianjiang-xiongkou, both adding up.
        var list = Assert.Single(ItemisedLists.Find(text), l => l.Total.Value == total);

        Assert.Equal(items, list.Items.Count);
        Assert.True(list.AddsUp);
    }

    [Fact]
    public void Every_item_of_a_long_list_after_a_sentence_opening_其中_is_read()
    {
        // samples/annual-reports/held-out-6/2021-tonggu-bureau: 19 items adding up to 26.
        const string text = "2021年主动公开政府信息26条。其中:信息公开指南1条、依申请公开0条、发展规划1条、其他有关文件0条、本级政府与部门介绍1条、机构职能1条、领导活动与讲话2条、领导信息简历与分工1条、人事任免1条、考入招聘1条、表彰奖励2条、财政预决算2条、专项经费2条、权责清单1条、工作报告1条、建议提案办理1条、重点工作分解及进展2条、科技管理和项目5条、年度工作报告1条。";

        var list = Assert.Single(ItemisedLists.Find(text));

        Assert.Equal(19, list.Items.Count);
        Assert.Contains(list.Items, i => i.Category == "权责清单");
        Assert.True(list.AddsUp);
    }

    [Fact]
    public void A_其中_after_an_enumeration_sentence_has_no_readable_total()
    {
        // samples/annual-reports/held-out-6/2021-zhangping-szfb: the 其中 may break down the 141 or the last item (9); 17+28+8 is neither.
        const string text = "共主动公开政府信息141条,其中:机构职能类信息16条,政策、规范性文件类信息24条,规划计划类信息10条,行政许可类信息1条,重大建设项目信息23条,为民办实事类信息17条,民政扶贫救灾社会保障就业类信息4条,国土资源城乡建设环保能源类信息25条,科教文体卫生类信息9条,安全生产、应急管理类信息3条,其他类信息9条。其中主动公开政府信息17条,作为依申请公开信息数28条,不予公开信息数8条。";

        var list = Assert.Single(ItemisedLists.Find(text));

        Assert.Equal(141m, list.Total.Value);
        Assert.True(list.AddsUp);
    }
}
