using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Checking;
using ComplianceFns.Rules.Reports.Checking.Tables;
using ComplianceFns.Rules.Reports.Model;
using Xunit;

namespace ComplianceFns.Rules.Tests.Reports.Checking.Tables;

public sealed class Table2ChecksTests
{
    private static ReportIssue[] Of(ReportCheckOutcome outcome, string rule) => [.. outcome.Issues.Where(i => i.RuleId == rule)];

    [Fact]
    public void Complete2021_GivesNoTable2Issue()
    {
        var outcome = ReportModelBuilder.Complete2021().Build().RunTableChecks();

        Assert.DoesNotContain(outcome.Issues, i => i.RuleId.StartsWith("T2-", StringComparison.Ordinal));
    }

    [Fact]
    public void UnreadableValue_IsT2NumError()
    {
        var report = ReportModelBuilder.Complete2021().Build()
            .WithTable2RowCell(Table2Layout.Licensing, Table2Layout.Decisions, new CellValue("若干", null, CellKind.Unreadable, 50));

        IssueAssert.Single(report.RunTableChecks(), "T2-NUM", Severity.Serious, "表二", "行政许可", "本年处理决定数量", "非负整数", "若干",
            "表二“行政许可—本年处理决定数量”无法识别为数字：“若干”");
    }

    [Fact]
    public void BlankValue_IsT2NumWarning_ButSlashInRegulationsIsAccepted()
    {
        var report = ReportModelBuilder.Complete2021().Build()
            .WithTable2RowCell(Table2Layout.Penalty, Table2Layout.Decisions, new CellValue("—", null, CellKind.Blank, 50))
            .WithTable2RowCell(Table2Layout.Regulations, Table2Layout.Issued, new CellValue("/", null, CellKind.Blank, 50));

        var issue = Assert.Single(Of(report.RunTableChecks(), "T2-NUM"));
        Assert.Equal(Severity.General, issue.Severity);
        Assert.Equal("表二", issue.Table);
        Assert.Equal("0", issue.Expected);
        Assert.Equal("表二有1个单元格未填写，应填“0”（“行政处罚—本年处理决定数量”）", issue.Message);
    }

    [Fact]
    public void TownshipReportingRegulations_IsT2RegsError()
    {
        var report = ReportModelBuilder.Complete2021().WithTable2Cell(Table2Layout.Regulations, Table2Layout.InForce, 3).Build() with { Organ = "原村乡人民政府" };

        IssueAssert.Single(report.RunTableChecks(), "T2-REGS", Severity.Serious, "表二", "规章", "现行有效件数", "0", "3",
            "乡镇人民政府（据机关名称“原村乡人民政府”推定）无规章制定权，但表二“规章—现行有效件数”填报为3");
    }

    [Fact]
    public void A_configured_profile_wins_over_the_name_and_is_not_called_inferred()
    {
        var report = ReportModelBuilder.Complete2021().WithTable2Cell(Table2Layout.Regulations, Table2Layout.InForce, 3).Build() with { Organ = "某市人民政府办公室" };

        var issue = Assert.Single(Of(report.RunTableChecks(organ: new OrganProfile("某县人民政府办公室", OrganLevel.County, OrganKind.Department)), "T2-REGS"));
        Assert.StartsWith("县级人民政府部门无规章制定权", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_province_general_office_reports_for_a_government_with_rule_making_power()
    {
        var report = ReportModelBuilder.Complete2021().WithTable2Cell(Table2Layout.Regulations, Table2Layout.InForce, 3).Build() with { Organ = "北京市人民政府办公厅" };

        Assert.Empty(Of(report.RunTableChecks(), "T2-REGS"));
        Assert.DoesNotContain(report.RunTableChecks().Undecidable, u => u.RuleId == "T2-REGS");
    }

    [Fact]
    public void CityDepartmentReportingRegulations_IsT2RegsWarning()
    {
        var report = ReportModelBuilder.Complete2021().WithTable2Cell(Table2Layout.Regulations, Table2Layout.InForce, 3).Build() with { Organ = "湛江市人民政府地方志办公室" };

        var issue = Assert.Single(Of(report.RunTableChecks(), "T2-REGS"));
        Assert.Equal(Severity.General, issue.Severity);
        Assert.StartsWith("设区的市人民政府部门（据机关名称“湛江市人民政府地方志办公室”推定）无规章制定权", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RegulationsFromAnOrganWithPower_OrAnUnknownOrgan_GiveNoIssue()
    {
        var report = ReportModelBuilder.Complete2021().WithTable2Cell(Table2Layout.Regulations, Table2Layout.InForce, 3).Build();

        Assert.Empty(Of(report.RunTableChecks(organ: new OrganProfile("某省人民政府", OrganLevel.Province, OrganKind.Government)), "T2-REGS"));
        var unknown = report.RunTableChecks();
        Assert.Empty(Of(unknown, "T2-REGS"));
        Assert.Contains(unknown.Undecidable, u => u.RuleId == "T2-REGS");
    }

    [Theory]
    [InlineData("原村乡", OrganLevel.Township, OrganKind.Government)]
    [InlineData("龙泉市西街街道", OrganLevel.Township, OrganKind.Government)]
    [InlineData("两城镇人民政府党政办公室", OrganLevel.Township, OrganKind.Government)]
    [InlineData("桐梓县", OrganLevel.County, OrganKind.Government)]
    [InlineData("天津市武清区政务服务办", OrganLevel.County, OrganKind.Department)]
    [InlineData("宣城市宣州区司法局", OrganLevel.County, OrganKind.Department)]
    [InlineData("湛江市人民政府地方志办公室", OrganLevel.PrefectureCity, OrganKind.Department)]
    [InlineData("某市住房和城乡建设局", OrganLevel.PrefectureCity, OrganKind.Department)]
    [InlineData("国家统计局", OrganLevel.StateCouncilDepartment, OrganKind.Department)]
    [InlineData("上海市", OrganLevel.Province, OrganKind.Government)]
    [InlineData("北京市人民政府办公厅", OrganLevel.Province, OrganKind.Government)]
    [InlineData("浙江省人民政府办公厅", OrganLevel.Province, OrganKind.Government)]
    [InlineData("广西壮族自治区人民政府", OrganLevel.Province, OrganKind.Government)]
    [InlineData("江苏省生态环境厅", OrganLevel.Province, OrganKind.Department)]
    [InlineData("重庆市渝北区人民政府", OrganLevel.County, OrganKind.Government)]
    [InlineData("上海市浦东新区人民政府", OrganLevel.County, OrganKind.Government)]
    [InlineData("延边朝鲜族自治州人民政府", OrganLevel.PrefectureCity, OrganKind.Government)]
    [InlineData("某县某镇人民政府", OrganLevel.Township, OrganKind.Government)]
    [InlineData("锡林浩特市宝力根苏木", OrganLevel.Township, OrganKind.Government)]
    public void OrganLevel_IsInferredFromTheName(string name, OrganLevel level, OrganKind kind)
    {
        var organ = OrganProfileInference.Infer(name);

        Assert.NotNull(organ);
        Assert.Equal(level, organ.Level);
        Assert.Equal(kind, organ.Kind);
    }

    [Theory]
    [InlineData("高平市")]
    [InlineData("某市人民政府")]
    [InlineData("某市人民政府办公室")]
    [InlineData("")]
    public void OrganLevel_IsUnknownWhenTheNameDoesNotSettleIt(string name) => Assert.Null(OrganProfileInference.Infer(name));

    [Fact]
    public void InForceBelowIssued_IsT2StockNote()
    {
        var report = ReportModelBuilder.Complete2021().WithTable2Cell(Table2Layout.NormativeDocs2021, Table2Layout.Issued, 5).Build();

        IssueAssert.Single(report.RunTableChecks(), "T2-STOCK", Severity.Hint, "表二", "行政规范性文件", "现行有效件数", "≥5", "0",
            "表二“行政规范性文件”现行有效件数0小于本年制发件数5，即本年制发的文件当年已有废止，请核实");
    }

    [Theory]
    [InlineData(12, true)]
    [InlineData(14, false)]
    public void StockAcrossYears_IsT2StockWarningWhenItDoesNotAddUp(int inForce, bool reported)
    {
        var previous = ReportModelBuilder.Complete2021().WithYear(2020).WithTable2Cell(Table2Layout.NormativeDocs2021, Table2Layout.InForce, 15).Build();
        var report = ReportModelBuilder.Complete2021()
            .WithTable2Cell(Table2Layout.NormativeDocs2021, Table2Layout.Issued, 5)
            .WithTable2Cell(Table2Layout.NormativeDocs2021, Table2Layout.Repealed, 6)
            .WithTable2Cell(Table2Layout.NormativeDocs2021, Table2Layout.InForce, inForce)
            .Build();

        var issues = Of(report.RunTableChecks(previous), "T2-STOCK").Where(i => i.Severity == Severity.General).ToArray();

        if (!reported)
        {
            Assert.Empty(issues);
            return;
        }

        IssueAssert.Single(issues, "T2-STOCK", Severity.General, "表二", "行政规范性文件", "现行有效件数", "14", "12",
            "表二“行政规范性文件”现行有效件数12，与上年现行有效15+本年制发5−本年废止6=14不一致（差2）");
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(4, false)]
    public void TrialFormat_PublishedTotalBelowNewlyPublished_IsT2TrialNote(int total, bool reported)
    {
        var row = new Table2Row(Table2Layout.NormativeDocs2019, "规范性文件",
        [
            new(Table2Layout.NewlyMade, CellValue.Of(4, 50)),
            new(Table2Layout.NewlyPublished, CellValue.Of(4, 50)),
            new(Table2Layout.PublishedTotal, CellValue.Of(total, 50)),
        ], 50);
        var report = ReportModelBuilder.Complete2021().WithYear(2019).WithFormat(ReportFormat.Trial2019).Build() with
        {
            Table2 = new Table2(new Dictionary<string, Table2Row> { [row.Key] = row }, 50),
        };

        var issues = Of(report.RunTableChecks(), "T2-TRIAL");

        if (!reported)
        {
            Assert.Empty(issues);
            return;
        }

        IssueAssert.Single(issues, "T2-TRIAL", Severity.Hint, "表二", "规范性文件", "对外公开总数量", "≥4", "2",
            "表二“规范性文件”对外公开总数量（2）小于本年新公开数量（4）");
    }

    [Fact]
    public void ConvertedAmount_IsT2UnitNote()
    {
        var report = ReportModelBuilder.Complete2021().Build()
            .WithTable2RowCell(Table2Layout.Fees, Table2Layout.FeeAmount, new CellValue("86000元", 8.6m, CellKind.Number, 50) { Conversion = "86000元→8.6万元" });

        var outcome = report.RunTableChecks();

        IssueAssert.Single(outcome, "T2-UNIT", Severity.Hint, "表二", "行政事业性收费", "本年收费金额", "8.6万元", "86000元",
            "表二“行政事业性收费—本年收费金额”填报为“86000元”，已按8.6万元计算");
        Assert.Empty(Of(outcome, "T2-NUM"));
    }

    [Theory]
    [InlineData("1646.5万元", 1646.5)] // real: 无锡市锡山区东北塘街道 2019, 政府集中采购
    [InlineData("12万元", 12)]
    public void An_amount_written_with_the_columns_own_unit_is_read_as_written_and_gets_no_note(string raw, double amount)
    {
        var value = (decimal)amount;
        var report = ReportModelBuilder.Complete2021().Build()
            .WithTable2RowCell(Table2Layout.Fees, Table2Layout.FeeAmount, new CellValue(raw, value, CellKind.Number, 50) { Conversion = $"{raw}→{raw}" });

        Assert.Empty(Of(report.RunTableChecks(), "T2-UNIT"));
    }

    [Fact]
    public void A_text_calling_itself_我镇_is_a_township_when_no_name_says_otherwise()
    {
        var report = ReportModelBuilder.Complete2021().WithTable2Cell(Table2Layout.Regulations, Table2Layout.InForce, 6).WithSection(1, "本报告结合我镇实际编制。").Build() with { Organ = null };

        var issue = Assert.Single(Of(report.RunTableChecks(), "T2-REGS"));
        Assert.StartsWith("乡镇人民政府（据正文自称“我镇”推定）无规章制定权", issue.Message, StringComparison.Ordinal);
        Assert.Null(OrganProfileInference.FromSelfReference(report with { Preamble = "我局与我镇共同" , Sections = [] }));
    }
}
