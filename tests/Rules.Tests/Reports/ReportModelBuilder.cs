using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Tests.Reports;

/// <summary>
/// Builds report models for check tests without going through the reader: by default the complete 2021 sample
/// (2021-tianjin-wuqing-zwfwb, docs/domain/annual-reports.md §8), which passes every relation; each With* call breaks or removes
/// one thing.
/// </summary>
internal sealed class ReportModelBuilder
{
    private readonly Dictionary<string, decimal?[]> _table3 = new(StringComparer.Ordinal);
    private readonly List<(string Row, List<KeyValuePair<string, CellValue>> Cells)> _table2 = [];
    private readonly Dictionary<int, string> _sections = [];
    private decimal?[]? _table4;
    private ReportFormat _format = ReportFormat.Format2021;
    private int? _year = 2021;
    private string? _title;
    private string _preamble = "本年度报告中所列数据的统计期限从2021年1月1日起至2021年12月31日止。";
    private StatisticsPeriod? _period = new("统计期限从2021年1月1日起至2021年12月31日止", new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31), 2);
    private bool _noTable2;
    private bool _noTable3;

    /// <summary>The complete 2021 sample's values (every relation holds).</summary>
    public static ReportModelBuilder Complete2021()
    {
        var b = new ReportModelBuilder();
        decimal[] natural =
        [
            174, 0, 67, 0, 0, 0, 0, 2, 1, 2, 0, 2, 92, 1, 0, 0, 5, 0, 0, 0, 0, 0, 0, 172, 2,
        ];
        var rows = Table3Layout.Rows(ReportFormat.Format2021);
        for (var i = 0; i < rows.Count; i++)
        {
            b._table3[rows[i]] = [natural[i], 0, 0, 0, 0, 0, natural[i]];
        }

        b._table2.Add((Table2Layout.Regulations, Cells((Table2Layout.Issued, 0), (Table2Layout.Repealed, 0), (Table2Layout.InForce, 0))));
        b._table2.Add((Table2Layout.NormativeDocs2021, Cells((Table2Layout.Issued, 0), (Table2Layout.Repealed, 0), (Table2Layout.InForce, 0))));
        b._table2.Add((Table2Layout.Licensing, Cells((Table2Layout.Decisions, 6616))));
        b._table2.Add((Table2Layout.Penalty, Cells((Table2Layout.Decisions, 0))));
        b._table2.Add((Table2Layout.Enforcement, Cells((Table2Layout.Decisions, 0))));
        b._table2.Add((Table2Layout.Fees, Cells((Table2Layout.FeeAmount, 0))));
        b._table4 = [4, 2, 0, 0, 6, 0, 0, 0, 1, 1, 0, 0, 0, 4, 4];
        b._sections[1] = "(一)主动公开。主动公开各类政府信息6000余条。(二)依申请公开。2021年，我单位共受理依申请公开政府信息174件。(三)政府信息管理。(四)平台建设。(五)监督保障。";
        b._sections[2] = string.Empty;
        b._sections[3] = string.Empty;
        b._sections[4] = string.Empty;
        b._sections[5] = "(一)主要问题。2021年累计共出现两起结果纠正的行政复议案件。";
        b._sections[6] = "无";
        return b;
    }

    public ReportModelBuilder WithYear(int? year)
    {
        _year = year;
        return this;
    }

    public ReportModelBuilder WithFormat(ReportFormat format)
    {
        _format = format;
        return this;
    }

    public ReportModelBuilder WithTitle(string? title)
    {
        _title = title;
        return this;
    }

    public ReportModelBuilder WithPreamble(string preamble)
    {
        _preamble = preamble;
        return this;
    }

    public ReportModelBuilder WithPeriod(StatisticsPeriod? period)
    {
        _period = period;
        return this;
    }

    /// <summary>Sets a table 三 cell; null makes it a blank ("") cell inside a found row.</summary>
    public ReportModelBuilder WithTable3Cell(string rowKey, int column, decimal? value)
    {
        _table3[rowKey][column] = value;
        return this;
    }

    public ReportModelBuilder WithoutTable3Row(string rowKey)
    {
        _table3.Remove(rowKey);
        return this;
    }

    public ReportModelBuilder WithoutTable3()
    {
        _noTable3 = true;
        return this;
    }

    public ReportModelBuilder WithoutTable2()
    {
        _noTable2 = true;
        return this;
    }

    /// <summary>Sets one of table 四's 15 values (index 0–14); null makes it blank.</summary>
    public ReportModelBuilder WithTable4Value(int index, decimal? value)
    {
        _table4![index] = value;
        return this;
    }

    public ReportModelBuilder WithoutTable4()
    {
        _table4 = null;
        return this;
    }

    public ReportModelBuilder WithTable2Cell(string row, string column, decimal value)
    {
        var entry = _table2.Single(r => r.Row == row);
        var index = entry.Cells.FindIndex(c => c.Key == column);
        entry.Cells[index] = new(column, CellValue.Of(value));
        return this;
    }

    public ReportModelBuilder WithSection(int ordinal, string body)
    {
        _sections[ordinal] = body;
        return this;
    }

    public ReportModelBuilder WithoutSection(int ordinal)
    {
        _sections.Remove(ordinal);
        return this;
    }

    public AnnualReport Build()
    {
        var lines = new List<string> { string.Empty, _preamble };
        var sections = new List<ReportSection>();
        string[] headings = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"];
        foreach (var (ordinal, body) in _sections.OrderBy(s => s.Key))
        {
            lines.Add(headings[ordinal - 1]);
            sections.Add(new ReportSection(ordinal, headings[ordinal - 1], body, lines.Count, HasAnchor: true));
            lines.Add(body);
        }

        Table3? table3 = null;
        if (!_noTable3)
        {
            var rows = new Dictionary<string, Table3Row>(StringComparer.Ordinal);
            foreach (var (key, values) in _table3)
            {
                var cells = values.Select(v => v is { } n ? CellValue.Of(n, 100) : new CellValue(string.Empty, null, CellKind.Blank, 100)).ToArray();
                rows[key] = new Table3Row(key, Table3Layout.CanonicalLabels[key], cells, IsResolved: true, 100);
            }

            table3 = new Table3(rows, 100);
        }

        Table2? table2 = null;
        if (!_noTable2)
        {
            table2 = new Table2(_table2.ToDictionary(r => r.Row, r => new Table2Row(r.Row, r.Row, r.Cells, 50), StringComparer.Ordinal), 50);
        }

        Table4? table4 = _table4 is null
            ? null
            : new Table4([.. _table4.Select(v => v is { } n ? CellValue.Of(n, 150) : new CellValue(string.Empty, null, CellKind.Blank, 150))], 150);

        return new AnnualReport
        {
            Source = "builder.txt",
            Lines = lines,
            Title = _title,
            Year = _year,
            Format = _format,
            FormatSignals = _format == ReportFormat.Format2021 ? ["本年制发件数"] : ["本年新制作数量"],
            Preamble = _preamble,
            Sections = sections,
            Period = _period,
            Table2 = table2,
            Table3 = table3,
            Table4 = table4,
        };
    }

    private static List<KeyValuePair<string, CellValue>> Cells(params (string Column, decimal Value)[] cells) =>
        [.. cells.Select(c => new KeyValuePair<string, CellValue>(c.Column, CellValue.Of(c.Value, 50)))];
}
