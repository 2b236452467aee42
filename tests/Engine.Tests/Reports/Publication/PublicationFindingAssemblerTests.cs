using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Reports.Publication;
using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Reports.Publication;

namespace ComplianceFns.Engine.Tests.Reports.Publication;

/// <summary>The assembler on hand-built facts: no site, no clock but the one given.</summary>
public sealed class PublicationFindingAssemblerTests
{
    private const string Site = "tjj";
    private const string Column = "http://127.0.0.1/tjj/ndbg/index.html";
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private const string NarrativeA = "今年本局围绕统计数据质量提升开展政务公开工作，重点公开统计公报和统计调查制度，组织开展统计开放日活动，邀请群众代表参观数据采集和审核流程，并通过新闻发布会解读主要经济指标的变化原因和趋势。";
    private const string NarrativeB = "本局全面推行统计执法检查结果公示，对企业统计违法行为的处理决定逐案公开，同时开设统计法律法规专栏，梳理整合历年统计制度文件，方便社会公众查阅，并接受人大代表和政协委员的监督评议。";

    private static OrganOptions Department(string? deadlineOverride = null, double threshold = 0.9) => new()
    {
        Name = "某某县统计局",
        Level = OrganLevel.County,
        Kind = OrganKind.Department,
        AnnualReportColumnUrl = Column,
        FirstYear = 2023,
        DeadlineOverride = deadlineOverride,
        DuplicateSimilarityThreshold = threshold,
    };

    private static PublishedReport Report(int year, DateOnly? publishedOn, bool inColumn = true, bool fromUrl = false, string narrative = "") =>
        new(year, $"某某县统计局{year}年政府信息公开工作年度报告", $"http://127.0.0.1/tjj/ndbg/{year}.html", inColumn,
            new ReportPage(publishedOn, fromUrl, inColumn ? "政府信息公开年报" : "工作动态", NarrativeSimilarity.Narrative(narrative)));

    [Fact]
    public void A_missing_report_is_a_finding_only_once_its_deadline_day_is_over()
    {
        var onDeadline = PublicationFindingAssembler.Assemble(Site, Department(), Column, true, [], new DateTimeOffset(2024, 1, 31, 23, 0, 0, Beijing));
        var dayAfter = PublicationFindingAssembler.Assemble(Site, Department(), Column, true, [], new DateTimeOffset(2024, 2, 1, 0, 0, 1, Beijing));

        Assert.Empty(onDeadline.Findings);
        var missing = Assert.Single(dayAfter.Findings);
        Assert.Equal("P-EXISTS", missing.RuleId);
        Assert.Equal("未找到“某某县统计局2023年政府信息公开工作年度报告”（法定公布期限2024年1月31日已过）", missing.Message);
        Assert.Equal(Column, missing.PageUrl);
    }

    [Fact]
    public void An_incomplete_column_reports_no_missing_year()
    {
        var result = PublicationFindingAssembler.Assemble(Site, Department(), Column, false, [], new DateTimeOffset(2025, 6, 1, 0, 0, 0, Beijing));

        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_department_report_one_day_late_names_the_statutory_deadline()
    {
        var result = PublicationFindingAssembler.Assemble(
            Site, Department(), Column, true, [Report(2023, new DateOnly(2024, 2, 1))], new DateTimeOffset(2024, 6, 1, 0, 0, 0, Beijing));

        var late = Assert.Single(result.Findings);
        Assert.Equal("P-DEADLINE", late.RuleId);
        Assert.Equal("2023年度报告发布于2024-02-01，晚于法定期限2024年1月31日，逾期1天", late.Message);
        Assert.Equal("page", late.EvidenceValue("dateSource"));
    }

    [Fact]
    public void A_report_published_on_the_deadline_day_is_on_time()
    {
        var result = PublicationFindingAssembler.Assemble(
            Site, Department(), Column, true, [Report(2023, new DateOnly(2024, 1, 31))], new DateTimeOffset(2024, 6, 1, 0, 0, 0, Beijing));

        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_local_deadline_is_named_as_the_set_deadline()
    {
        var result = PublicationFindingAssembler.Assemble(
            Site, Department("01-20"), Column, true, [Report(2023, new DateOnly(2024, 1, 25), fromUrl: true)], new DateTimeOffset(2024, 6, 1, 0, 0, 0, Beijing));

        Assert.Equal("2023年度报告发布于2024-01-25，晚于规定期限2024年1月20日，逾期5天（根据网址日期判断）", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void An_undated_report_is_noted_as_undecidable_not_reported()
    {
        var result = PublicationFindingAssembler.Assemble(
            Site, Department(), Column, true, [Report(2023, null)], new DateTimeOffset(2024, 6, 1, 0, 0, 0, Beijing));

        Assert.Empty(result.Findings);
        Assert.Contains("是否按期发布不可判定", Assert.Single(result.Notes));
    }

    [Fact]
    public void A_report_only_outside_the_column_is_misplaced_not_missing()
    {
        var result = PublicationFindingAssembler.Assemble(
            Site, Department(), Column, true, [Report(2023, new DateOnly(2024, 1, 10), inColumn: false)], new DateTimeOffset(2024, 6, 1, 0, 0, 0, Beijing));

        var misplaced = Assert.Single(result.Findings);
        Assert.Equal("P-LOCATION", misplaced.RuleId);
        Assert.Equal("2023年度报告“某某县统计局2023年政府信息公开工作年度报告”仅发布在“工作动态”栏目，未在“政府信息公开年报”栏目发布", misplaced.Message);
    }

    [Fact]
    public void A_copied_narrative_is_a_duplicate_of_the_earlier_year_and_a_new_one_is_not()
    {
        var copied = PublicationFindingAssembler.Assemble(
            Site, Department(), Column, true,
            [Report(2023, new DateOnly(2024, 1, 10), narrative: NarrativeA), Report(2024, new DateOnly(2025, 1, 10), narrative: NarrativeA)],
            new DateTimeOffset(2025, 6, 1, 0, 0, 0, Beijing));
        var rewritten = PublicationFindingAssembler.Assemble(
            Site, Department(), Column, true,
            [Report(2023, new DateOnly(2024, 1, 10), narrative: NarrativeA), Report(2024, new DateOnly(2025, 1, 10), narrative: NarrativeB)],
            new DateTimeOffset(2025, 6, 1, 0, 0, 0, Beijing));

        var duplicate = Assert.Single(copied.Findings);
        Assert.Equal("P-DUPLICATE", duplicate.RuleId);
        Assert.Equal("2024年度报告正文与2023年度报告相似度达100%，疑为照搬往年内容", duplicate.Message);
        Assert.Equal("http://127.0.0.1/tjj/ndbg/2024.html", duplicate.PageUrl);
        Assert.Equal("http://127.0.0.1/tjj/ndbg/2023.html", duplicate.TargetUrl);
        Assert.Empty(rewritten.Findings);
    }

    [Fact]
    public void Fingerprints_do_not_depend_on_the_message_or_the_clock()
    {
        var early = PublicationFindingAssembler.Assemble(Site, Department(), Column, true, [], new DateTimeOffset(2024, 6, 1, 0, 0, 0, Beijing));
        var later = PublicationFindingAssembler.Assemble(Site, Department(), Column, true, [], new DateTimeOffset(2024, 9, 1, 0, 0, 0, Beijing));

        Assert.Equal(Assert.Single(early.Findings).Fingerprint, Assert.Single(later.Findings).Fingerprint);
    }
}
