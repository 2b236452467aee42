using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Reports.Reading;

namespace ComplianceFns.Rules.Tests.Reports.Reading;

/// <summary>Number forms of docs/domain/annual-reports.md §7.5 and T2-UNIT.</summary>
public sealed class CellReaderTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("1,517", 1517)]
    [InlineData("１７４", 174)]
    [InlineData("+2", 2)]
    [InlineData("-1", -1)]
    [InlineData("减4", -4)]
    [InlineData("增3", 3)]
    [InlineData("12件", 12)]
    [InlineData("0.35", 0.35)]
    public void Numbers(string text, double expected)
    {
        var cell = CellReader.Read(text, 3, amount: false)!;
        Assert.Equal(CellKind.Number, cell.Kind);
        Assert.Equal((decimal)expected, cell.Number);
        Assert.Equal(3, cell.Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("-")]
    [InlineData("—")]
    [InlineData("——")]
    [InlineData("无")]
    public void Placeholders_are_blank(string text) => Assert.Equal(CellKind.Blank, CellReader.Read(text, 1, amount: false)!.Kind);

    [Theory]
    [InlineData("999999999999999999999999999999")]
    [InlineData("1234567890123456")]
    [InlineData("-99999999999999999999999999999999999999999999999999")]
    public void A_digit_run_longer_than_any_count_is_an_unreadable_value_kept_raw(string text)
    {
        var cell = CellReader.Read(text, 1, amount: false)!;
        Assert.Equal((CellKind.Unreadable, text, (decimal?)null), (cell.Kind, cell.Raw, cell.Number));
    }

    [Theory]
    [InlineData("若干")]
    [InlineData("6000余条")]
    [InlineData("约30")]
    public void Words_and_approximate_numbers_are_unreadable(string text) => Assert.Equal(CellKind.Unreadable, CellReader.Read(text, 1, amount: false)!.Kind);

    [Theory]
    [InlineData("规章")]
    [InlineData("1.属于国家秘密")]
    [InlineData("2020年报")]
    [InlineData("本年增/减")]
    public void Labels_are_not_values(string text) => Assert.Null(CellReader.Read(text, 1, amount: false));

    [Fact]
    public void Amounts_in_yuan_are_converted_to_wan_yuan_with_a_note()
    {
        var cell = CellReader.Read("86000元", 1, amount: true)!;
        Assert.Equal(8.6m, cell.Number);
        Assert.Equal("86000元→8.6万元", cell.Conversion);
        Assert.Equal(12.5m, CellReader.Read("12.5万元", 1, amount: true)!.Number);
        Assert.Null(CellReader.Read("3", 1, amount: true)!.Conversion);
    }

    [Fact]
    public void Trial_table2_amounts_and_signed_changes_are_read_per_column()
    {
        var report = AnnualReportReader.Read(
            """
            二、主动公开政府信息情况
            第二十条第(五)项 |
            信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
            行政许可 | 12 | 减4 | 30 |
            第二十条第(九)项 |
            信息内容 | 采购项目数量 | 采购总金额 |
            政府集中采购 | 2 | 86000元 |
            三、收到和处理政府信息公开申请情况
            """,
            "x.txt");
        Assert.Equal(ReportFormat.Trial2019, report.Format);
        var table = report.Table2!;
        Assert.Equal(-4m, table.Row(Table2Layout.Licensing)!.Cell(Table2Layout.Change)!.Number);
        var amount = table.Row(Table2Layout.Procurement)!.Cell(Table2Layout.ProcurementAmount)!;
        Assert.Equal(8.6m, amount.Number);
        Assert.Equal("86000元→8.6万元", amount.Conversion);
    }
}
