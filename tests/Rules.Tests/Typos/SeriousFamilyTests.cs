using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Typos;

namespace ComplianceFns.Rules.Tests.Typos;

/// <summary>
/// Every one-character slip of the serious classes (issue 12): substitution, insertion, doubling, deletion and swap in
/// the country name, state organs, leaders' titles and fixed formulations. The sentences are real: the PRC
/// Constitution, the 2017 government work report, the 雄安新区 乡村振兴 plan (xiongan.gov.cn, 2021), and the collected
/// set's tuning part; each slip is applied to the correct form.
/// </summary>
public sealed class SeriousFamilyTests
{
    private static readonly TypoDetector Detector = TypoDetector.CreateDefault();

    [Theory]
    // substitution
    [InlineData("我代表国务圆，向全国各族人民，向各民主党派、各人民团体和各界人士，表示诚挚感谢！", "国务圆", "国务院", "typo.organ-name")]
    [InlineData("雄县、容城、安新县委和人民正府，新区各部门：", "人民正府", "人民政府", "typo.organ-name")]
    [InlineData("坚定不移贯彻新发展理念，坚持稳中求进工作总机调，坚持党对农村工作的全面领导。", "稳中求进工作总机调", "稳中求进工作总基调", "typo.political-formulation")]
    [InlineData("全面推进乡春振兴，加快农业农村现代化。", "乡春振兴", "乡村振兴", "typo.political-formulation")]
    [InlineData("全面推进乡材振兴，加快农业农村现代化。", "乡材振兴", "乡村振兴", "typo.political-formulation")]
    [InlineData("过去一年取得的成绩，是以习近平同志为核心的党中殃正确领导的结果。", "党中殃", "党中央", "typo.organ-name")]
    [InlineData("中共人民共和国的一切权力属于人民。", "中共人民共和国", "中华人民共和国", "typo.country-name")]
    [InlineData("深入学习贯彻习近平总书纪重要讲话精神。", "总书纪", "总书记", "typo.leader-name")]
    // insertion and doubling
    [InlineData("中华人民共和和国的一切权力属于人民。", "中华人民共和和国", "中华人民共和国", "typo.country-name")]
    [InlineData("是以习近平同志为核心的党中央正确领导的结果，是全党全军全国各族人民团结奋斗的结果，我代表国国务院表示感谢。", "国国务院", "国务院", "typo.organ-name")]
    [InlineData("县人民政府府办公室负责日常工作。", "人民政府府", "人民政府", "typo.organ-name")]
    [InlineData("十四五规划承上启下之年，也是乡乡村振兴全面展开的关键之年。", "乡乡村振兴", "乡村振兴", "typo.political-formulation")]
    [InlineData("深入学习贯彻习近平生态文明明思想，全面落实党的十九大精神。", "生态文明明", "生态文明", "typo.political-formulation")]
    [InlineData("坚持以人民为中中心的发展思想，统筹发展和安全。", "以人民为中中心", "以人民为中心", "typo.political-formulation")]
    [InlineData("以习近平新时代中国特色社会主义义思想为指导，全面贯彻党的十九大精神。", "社会主义义思想", "中国特色社会主义思想", "typo.political-formulation")]
    // deletion
    [InlineData("受县人政府委托，现将2022年预算执行情况报告如下。", "人政府", "人民政府", "typo.organ-name")]
    [InlineData("完善基础设施和公共服务，打造乡村兴新样板。", "乡村兴", "乡村振兴", "typo.political-formulation")]
    [InlineData("中华人民共国的一切权力属于人民。", "中华人民共国", "中华人民共和国", "typo.country-name")]
    [InlineData("坚定不移贯彻新发展理念，坚持稳中求进工作基调。", "稳中求进工作基调", "稳中求进工作总基调", "typo.political-formulation")]
    // swap
    [InlineData("中华人民和共国的一切权力属于人民。", "中华人民和共国", "中华人民共和国", "typo.country-name")]
    [InlineData("以推动高质发量展为主题，统筹发展和安全。", "高质发量展", "高质量发展", "typo.political-formulation")]
    public void Every_kind_of_slip_in_a_serious_entry_is_serious(string text, string wrong, string correct, string ruleId)
    {
        var hit = Assert.Single(Detector.Detect(text), h => h.Severity == Severity.Serious);
        Assert.Equal(ruleId, hit.RuleId);
        Assert.Equal(text[hit.Start..hit.End], hit.Text);
        var at = text.IndexOf(wrong, StringComparison.Ordinal);
        Assert.True(hit.Start < at + wrong.Length && hit.End > at, $"{hit.Text} does not overlap {wrong}");
        Assert.Contains(correct, hit.Suggestion);
        Assert.Contains("应为", hit.Reason);
    }

    [Fact]
    public void The_message_names_the_written_and_the_expected_form_and_the_slip()
    {
        var hit = Assert.Single(Detector.Detect("受县人政府委托，现将2022年预算执行情况报告如下。"));
        Assert.Equal(("人政府", "人民政府"), (hit.Text, hit.Suggestion));
        Assert.Equal("国家机关名称写错：“人政府”应为“人民政府”，漏了“民”字", hit.Reason);

        hit = Assert.Single(Detector.Detect("我代表国务圆，向全国各族人民表示诚挚感谢！"));
        Assert.Equal("国家机关名称写错：“国务圆”应为“国务院”，“院”误写为“圆”", hit.Reason);
    }

    /// <summary>The examples of docs/typos.md (shared), in real sentences.</summary>
    [Theory]
    [InlineData("坚持以习近平新时代中国特色社会主意思想为指导。")]
    [InlineData("坚持以习近平新时代中国特色社会主义思想为指道。")]
    [InlineData("增强四个意识、坚定四个自新、做到两个维护。")]
    [InlineData("增强四个意识、坚定四个自信、做到两个围护。")]
    [InlineData("以中国式现代话全面推进中华民族伟大复兴。")]
    [InlineData("常态化开展扫黑险恶斗争。")]
    [InlineData("中华人民共合国宪法")]
    [InlineData("中共人民共和国的一切权力属于人民。")]
    [InlineData("石家庄市人民攻府关于禁止销售的通告")]
    public void The_examples_of_the_typo_guide_are_serious(string text) =>
        Assert.Contains(Detector.Detect(text), h => h.Severity == Severity.Serious);

    /// <summary>Correct real sentences whose words are one slip away from a serious entry.</summary>
    [Theory]
    [InlineData("国务院即中央人民政府，是最高国家权力机关的执行机关，是最高国家行政机关。")]
    [InlineData("全国人民代表大会和地方各级人民代表大会都由民主选举产生，对人民负责，受人民监督。")]
    [InlineData("按照产业兴旺、生态宜居、乡风文明、治理有效、生活富裕的总要求，实现乡村兴旺。")]
    [InlineData("人民政协网北京3月5日电，十三届全国人大二次会议5日上午9时在人民大会堂开幕。")]
    [InlineData("国务委员兼外交部部长出席会议，国务院副总理主持。")]
    [InlineData("经济运行稳中有进、稳中向好，各项事业取得新进展。")]
    [InlineData("实现全市依申请统一受理入口和统一办理功能，推进两岸和统一大市场建设。")]
    [InlineData("市政务服务和大数据管理局负责平台建设。")]
    [InlineData("县委常委会定期研究全面依法治县、法治政府建设工作。")]
    [InlineData("到2035年，基本建成经济强省、科教强省、文化强省。")]
    [InlineData("贯彻落实党中央、国务院、自治区及市卫生健康委的决策部署。")]
    [InlineData("实现了新时代应急管理的良好开局，没有农业农村的现代化，就没有国家的现代化。")]
    [InlineData("李家响在会上指出，农业是国民经济的基础，水利是农业的命脉。")]
    [InlineData("2015年度没有与有关单位和个人因政府信息公开申请行政复议的案件。")]
    [InlineData("长沙县获评全省唯一国家知识产权强县建设示范县，其中被中央级媒体采用41条。")]
    [InlineData("贯彻创新、协调、绿色、开放、共享的发展理念，运用科学技术和方法。")]
    [InlineData("稳预期、强监督、促落实、优服务的工作格局基本形成。")]
    [InlineData("深入学习习近平生态文明思想，生态文明明显进步。")]
    [InlineData("政府工作报告是國務院向全国人民代表大会提交的年度报告，更好践行以人民為中心的发展思想。")]
    public void Correct_look_alikes_of_serious_entries_raise_nothing(string text) =>
        Assert.DoesNotContain(Detector.Detect(text, new TypoContext { PageDate = new DateOnly(2024, 1, 1) }), h => h.Severity == Severity.Serious);

    [Fact]
    public void A_slip_of_the_own_organ_name_is_found_in_every_kind()
    {
        var context = new TypoContext { OrganName = "雄县人民政府" };
        foreach (var text in new[] { "雄县人民政府府召开常务会议。", "雄县人政府召开常务会议。", "雄县民人政府召开常务会议。" })
        {
            Assert.Contains(Detector.Detect(text, context), h => h.Severity == Severity.Serious);
        }
    }
}
