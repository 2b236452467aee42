using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports;
using ComplianceFns.Rules.Reports.Checking;
using ComplianceFns.Rules.Reports.Reading;
using ComplianceFns.Rules.Tests.Reports.Samples;

namespace ComplianceFns.Rules.Tests.Reports;

public sealed class ReportFindingFactoryTests
{
    private const string Site = "wuqing";
    private const string Organ = "天津市武清区政务服务办";

    private static readonly ReportIssue ColumnIssue = new(
        "T3-COL",
        Severity.Serious,
        "表三“自然人”列：本年新收56+上年结转0=56，但办理结果总计50+结转下年度0=50，勾稽不平（差6）")
    {
        Table = "表三",
        Row = "三(三)1",
        Column = "自然人",
        Expected = "56",
        Actual = "50",
        Line = 42,
    };

    private static readonly ReportIssue NarrativeIssue = new("N-APP", Severity.Serious, "正文“共受理依申请公开政府信息170件”与表三“一、本年新收政府信息公开申请数量”总计174不符（差4）")
    {
        Expected = "174",
        Actual = "170",
        Line = 7,
        Discriminator = "共受理依申请公开政府信息170件",
    };

    [Fact]
    public void Table_issue_keeps_rule_severity_message_and_names_the_cell()
    {
        var finding = ReportFindingFactory.FromIssue(ColumnIssue, Site, "2021年报.docx", 2021, Organ);

        Assert.Equal("T3-COL", finding.RuleId);
        Assert.Equal(Severity.Serious, finding.Severity);
        Assert.Equal(Site, finding.SiteId);
        Assert.Equal("2021年报.docx", finding.PageUrl);
        Assert.Null(finding.TargetUrl);
        Assert.Equal(ColumnIssue.Message, finding.Message);
        Assert.Equal("表三 （三）不予公开—1.属于国家秘密 自然人", finding.Text);
        Assert.Equal(
            [new("table", "表三"), new("row", "三(三)1"), new("column", "自然人"), new("expected", "56"), new("actual", "50"), new("line", "42"), new("year", "2021"), new("organ", Organ)],
            finding.Evidence);
    }

    [Fact]
    public void Issue_severity_overrides_the_catalogue_default()
    {
        var blankTotal = new ReportIssue("T2-NUM", Severity.General, "表二“行政许可”行“本年处理决定数量”列未填写，按0计") { Table = "表二", Row = "行政许可", Column = "本年处理决定数量" };

        var finding = ReportFindingFactory.FromIssue(blankTotal, Site, "a.html", year: null, organ: null);

        Assert.Equal(Severity.General, finding.Severity);
        Assert.Equal("表二 行政许可 本年处理决定数量", finding.Text);
        Assert.Equal([new("table", "表二"), new("row", "行政许可"), new("column", "本年处理决定数量")], finding.Evidence);
    }

    [Fact]
    public void Narrative_issue_quotes_its_phrase_and_lists_only_the_evidence_present()
    {
        var finding = ReportFindingFactory.FromIssue(NarrativeIssue, Site, "http://127.0.0.1/ndbg/2021.html", 2021, organ: null);

        Assert.Equal("共受理依申请公开政府信息170件", finding.Text);
        Assert.Equal(["expected", "actual", "line", "year"], finding.Evidence.Select(e => e.Key));
    }

    [Fact]
    public void Same_report_uploaded_twice_under_other_names_keeps_its_fingerprints()
    {
        var first = ReportFindingFactory.FromIssue(ColumnIssue, Site, "2021年报.docx", 2021, Organ);
        var again = ReportFindingFactory.FromIssue(ColumnIssue with { Line = 40, Message = "改写后的消息" }, Site, "年报（修订版）.pdf", 2021, " 天津市武清区 政务服务办 ");

        Assert.Equal(first.Fingerprint, again.Fingerprint);
        Assert.Equal(first.Fingerprint, ReportFindingFactory.FromIssue(ColumnIssue, Site, "2021年报.docx", 2021, Organ).Fingerprint);
    }

    [Fact]
    public void Without_organ_and_year_the_source_identifies_the_report()
    {
        var docx = ReportFindingFactory.FromIssue(ColumnIssue, Site, "2021年报.docx", 2021, organ: null);
        var pdf = ReportFindingFactory.FromIssue(ColumnIssue, Site, "2021年报.pdf", 2021, organ: null);
        var docxAgain = ReportFindingFactory.FromIssue(ColumnIssue, Site, "2021年报.docx", 2021, organ: null);

        Assert.NotEqual(docx.Fingerprint, pdf.Fingerprint);
        Assert.Equal(docx.Fingerprint, docxAgain.Fingerprint);
    }

    [Fact]
    public void Other_year_site_cell_or_phrase_is_another_finding()
    {
        var baseline = ReportFindingFactory.FromIssue(ColumnIssue, Site, "r.docx", 2021, Organ).Fingerprint;

        Assert.NotEqual(baseline, ReportFindingFactory.FromIssue(ColumnIssue, Site, "r.docx", 2022, Organ).Fingerprint);
        Assert.NotEqual(baseline, ReportFindingFactory.FromIssue(ColumnIssue, "other-site", "r.docx", 2021, Organ).Fingerprint);
        Assert.NotEqual(baseline, ReportFindingFactory.FromIssue(ColumnIssue with { Column = "总计" }, Site, "r.docx", 2021, Organ).Fingerprint);
        Assert.NotEqual(baseline, ReportFindingFactory.FromIssue(ColumnIssue with { Row = "三(三)2" }, Site, "r.docx", 2021, Organ).Fingerprint);
        Assert.NotEqual(baseline, ReportFindingFactory.FromIssue(ColumnIssue with { RuleId = "T3-SUM" }, Site, "r.docx", 2021, Organ).Fingerprint);
        var narrative = ReportFindingFactory.FromIssue(NarrativeIssue, Site, "r.docx", 2021, Organ).Fingerprint;
        Assert.NotEqual(narrative, ReportFindingFactory.FromIssue(NarrativeIssue with { Discriminator = "共受理申请3件" }, Site, "r.docx", 2021, Organ).Fingerprint);
    }

    [Fact]
    public void Read_failure_is_a_general_finding_under_its_own_rule_with_a_stable_fingerprint()
    {
        var finding = ReportFindingFactory.FromReadFailure(Site, "扫描件.pdf", "扫描件.pdf：PDF无文字层（可能为扫描件），无法核查");
        var rerun = ReportFindingFactory.FromReadFailure(Site, "扫描件.pdf", "扫描件.pdf：PDF文件已损坏，无法读取（另一条解析器消息）");

        Assert.Equal("S-READ", finding.RuleId);
        Assert.Equal(Severity.General, finding.Severity);
        Assert.Equal("扫描件.pdf", finding.PageUrl);
        Assert.Equal("扫描件.pdf：PDF无文字层（可能为扫描件），无法核查", finding.Message);
        Assert.Empty(finding.Evidence);
        Assert.Equal(finding.Fingerprint, rerun.Fingerprint);
        Assert.NotEqual(finding.Fingerprint, ReportFindingFactory.FromReadFailure(Site, "另一份.pdf", finding.Message).Fingerprint);
    }

    [Fact]
    public void Read_failure_rule_is_in_the_catalogue_so_reports_name_it()
    {
        var rule = Assert.Single(ReportRules.All, rule => rule.Id == ReportFindingFactory.ReadFailureRuleId);
        Assert.Equal(ReportFindingFactory.ReadFailureSeverity, rule.Severity);
        Assert.Equal("年报文件无法读取", ComplianceFns.Rules.Catalogue.RuleCatalog.ChineseName(ReportFindingFactory.ReadFailureRuleId));
    }

    [Fact]
    public void Read_failure_with_a_known_report_records_it()
    {
        var finding = ReportFindingFactory.FromReadFailure(Site, "http://127.0.0.1/ndbg/2021.pdf", "无法读取", 2021, Organ);

        Assert.Equal([new("year", "2021"), new("organ", Organ)], finding.Evidence);
    }

    [Fact]
    public void A_report_without_organ_keeps_its_fingerprints_whatever_path_it_was_read_from()
    {
        // The complete sample has no title line: no organ, so the source used to be the identity.
        var text = EditedSample.Text();
        var here = AnnualReportReader.Read(text, "r3/2021-tianjin-wuqing-zwfwb.txt");
        var there = AnnualReportReader.Read(text, "/mirror/copies/2021-tianjin-wuqing-zwfwb.txt");
        Assert.Null(here.Organ);

        var first = ReportFindingFactory.FromIssue(ColumnIssue, Site, here);
        var second = ReportFindingFactory.FromIssue(ColumnIssue, Site, there);

        Assert.Equal(first.Fingerprint, second.Fingerprint);
        Assert.StartsWith("2021|#", ReportFindingFactory.ReportIdentity(here), StringComparison.Ordinal);
        Assert.Equal(ReportFindingFactory.ReportIdentity(here), ReportFindingFactory.IdentityOf(first));
        Assert.Equal("r3/2021-tianjin-wuqing-zwfwb.txt", first.PageUrl);
    }

    [Fact]
    public void Reports_of_two_organs_without_titles_have_different_identities()
    {
        var wuqing = AnnualReportReader.Read(EditedSample.Text(), "a.txt");
        var other = AnnualReportReader.Read(EditedSample.Text(("区政务服务办以", "区民政局以")), "a.txt");

        Assert.NotEqual(ReportFindingFactory.ReportIdentity(wuqing), ReportFindingFactory.ReportIdentity(other));
    }

    [Fact]
    public void A_report_with_organ_and_year_is_identified_by_them_and_old_findings_fall_back_to_their_page()
    {
        var report = AnnualReportReader.Read("天津市武清区政务服务办2021年政府信息公开工作年度报告\n" + EditedSample.Text(), "a.txt");
        Assert.Equal(Organ + "|2021", ReportFindingFactory.ReportIdentity(report));

        var stored = ReportFindingFactory.FromIssue(ColumnIssue, Site, "b.txt", year: null, organ: null);
        Assert.Equal("b.txt", ReportFindingFactory.IdentityOf(stored));
    }
}
