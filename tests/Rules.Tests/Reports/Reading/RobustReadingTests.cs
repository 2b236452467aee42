using System.Diagnostics;
using System.Text;
using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Reports.Reading;

namespace ComplianceFns.Rules.Tests.Reports.Reading;

/// <summary>Year sources (§7.13), texts that are not reports, and hostile input in bounded time.</summary>
public sealed class RobustReadingTests
{
    private const string HeaderOnlyYear = "# source: http://127.0.0.1/a.html\n# year: 2019\n# availability: complete\n一、总体情况\n本单位依法公开信息。";

    [Fact]
    public void The_copy_header_year_is_not_the_report_year()
    {
        var report = AnnualReportReader.Read(HeaderOnlyYear, "report.txt");
        Assert.Null(report.Year);
        Assert.False(report.DeclaredPartial);
        Assert.Equal(4, report.Section(1)!.Line);
        Assert.StartsWith("# source:", report.Lines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2019-xiaogan-yjs.txt", null, 2019)]
    [InlineData("/data/reports/2020-zibo.txt", null, 2020)]
    [InlineData("http://127.0.0.1/gongkai/show/20200117172136613.html", null, null)]
    [InlineData("2019-x.txt", 2023, 2023)]
    public void Year_from_the_file_name_unless_given(string source, int? given, int? expected) =>
        Assert.Equal(expected, AnnualReportReader.Read(HeaderOnlyYear, source, given).Year);

    [Fact]
    public void Title_year_comes_before_file_name_and_period()
    {
        const string text = "XX区统计局2023年政府信息公开工作年度报告\n本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n一、总体情况";
        var report = AnnualReportReader.Read(text, "2021-x.txt");
        Assert.Equal(2023, report.Year);
        Assert.Equal("XX区统计局", report.Organ);
        Assert.Equal(2022, AnnualReportReader.Read(text.Replace("XX区统计局2023年政府信息公开工作年度报告\n", string.Empty, StringComparison.Ordinal), "x.txt").Year);
    }

    [Fact]
    public void A_page_that_is_not_a_report_gives_an_empty_model()
    {
        const string text = """
            关于开展2024年春季植树活动的通知
            各单位：
            为改善生态环境，定于3月12日开展植树活动，请各单位组织干部职工参加。
            联系电话：0537-1234567
            """;
        var report = AnnualReportReader.Read(text, "http://127.0.0.1/news/1.html");
        Assert.Empty(report.Sections);
        Assert.Null(report.Table2);
        Assert.Null(report.Table3);
        Assert.Null(report.Table4);
        Assert.Null(report.Period);
        Assert.Null(report.Title);
        Assert.Equal(ReportFormat.Unknown, report.Format);
        Assert.Empty(report.FormatSignals);
        Assert.Equal(4, report.Lines.Count);
    }

    [Fact]
    public void The_website_statement_is_not_a_report_title()
    {
        var report = AnnualReportReader.Read("XX市人民政府网站2023年政府网站工作年度报表\n一、总体情况", "x.txt");
        Assert.Null(report.Title);
    }

    [Fact]
    public void Table_row_labels_are_not_sections()
    {
        var report = AnnualReportReader.Read(
            "一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\n二、上年结转政府信息公开申请数量\n三、本年度办理结果\n四、结转下年度继续办理\n（一）主要问题\n四、政府信息公开行政复议、行政诉讼情况",
            "x.txt");
        Assert.Equal([1, 2, 3, 4], report.Sections.Select(s => s.Ordinal));
        Assert.Equal(9, report.Section(4)!.Line);
    }

    [Theory]
    [InlineData("|||")]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("| | |\n|\n一、")]
    public void Degenerate_input_gives_a_model_without_tables(string text)
    {
        var report = AnnualReportReader.Read(text, "x.txt");
        Assert.Null(report.Table2);
        Assert.Null(report.Table3);
        Assert.Null(report.Table4);
    }

    [Fact]
    public void Ten_megabytes_of_random_cjk_return_in_bounded_time()
    {
        var random = new Random(20240131);
        var builder = new StringBuilder(10_000_000);
        while (builder.Length < 10_000_000)
        {
            builder.Append((char)random.Next(0x4E00, 0x9FFF));
            if (random.Next(120) == 0)
            {
                builder.Append(random.Next(4) switch { 0 => '\n', 1 => '|', 2 => ' ', _ => '、' });
            }
        }

        AssertBounded(builder.ToString(), TimeSpan.FromSeconds(15));
    }

    [Fact]
    public void A_single_one_megabyte_line_returns_in_bounded_time()
    {
        var line = string.Concat(Enumerable.Repeat("一、本年新收政府信息公开申请数量 | 1 | ", 1_000_000 / 28));
        AssertBounded(line, TimeSpan.FromSeconds(15));
        AssertBounded(new string('|', 1_000_000), TimeSpan.FromSeconds(15));
    }

    /// <summary>Linear reading of a megabyte takes well under a second; a quadratic one takes minutes: the limit leaves room for a loaded machine.</summary>
    private static void AssertBounded(string text, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        var report = AnnualReportReader.Read(text, "hostile.txt");
        watch.Stop();
        Assert.NotNull(report.Lines);
        Assert.True(watch.Elapsed < limit, $"{watch.Elapsed.TotalMilliseconds:F0} ms");
    }

    [Theory]
    [InlineData("某县某镇人民政府\n2021年政府信息公开工作年度报告\n", "某县某镇人民政府")]
    [InlineData("某市生态环境局\n\n2022年度政府信息公开工作年度报告\n", "某市生态环境局")]
    [InlineData("发布时间：2022-01-20\n2021年政府信息公开工作年度报告\n", null)]
    public void An_organ_printed_on_the_line_above_the_title_is_the_organ(string head, string? organ)
    {
        var report = AnnualReportReader.Read(head + "一、总体情况\n本机关认真贯彻落实《条例》。\n", "x.txt");

        Assert.Equal(organ, report.Organ);
        Assert.Equal(head.Contains("2022年度", StringComparison.Ordinal) ? 2022 : 2021, report.Year);
    }

    [Fact]
    public void Parts_numbered_with_bracketed_ordinals_are_the_sections_when_there_are_no_others()
    {
        // The heading style of samples/annual-reports/tuning/2023-baisha-county: "（一）" for the parts themselves,
        // "（一）主动公开方面。…" sub-items inside them.
        const string text = """
            (一)总体情况
            2023年,本县深入贯彻落实政府信息公开工作的部署和要求。
            (一)主动公开方面。2023年,在县政府门户网站主动公开政务信息共6931条。
            (二)依申请公开方面。2023年政府信息依申请公开收到申请19条,及时回复19条。
            (二)主动公开政府信息的情况
            第二十条第(一)项
            (三)收到和处理政府信息公开申请情况
            一、本年新收政府信息公开申请数量 | 19 | 0 | 0 | 0 | 0 | 0 | 19 |
            """;

        var report = AnnualReportReader.Read(text, "x.txt");

        Assert.Equal([1, 2, 3], report.Sections.Select(s => s.Ordinal));
        Assert.Equal("(二)主动公开政府信息的情况", report.Sections[1].Heading);
        Assert.True(report.Table3!.Row("一")!.IsResolved);
    }

    [Fact]
    public void A_report_flattened_onto_one_line_is_split_at_its_part_headings()
    {
        // As samples/annual-reports/held-out/2022-lintao-xintian gives it: paragraphs joined by a space.
        var line = "根据《中华人民共和国政府信息公开条例》要求,现发布本镇2022年政府信息公开工作年度报告。本报告中所列数据的统计期限自2022年1月1日到12月31日。"
            + " 一、总体情况 2022年,本镇全年主动公开政务信息382条,其中政府网站35条。" + new string('开', 200)
            + "。 二、主动公开政府信息情况 第二十条第(一)项";

        var report = AnnualReportReader.Read(line, "x.txt");

        Assert.Equal([1, 2], report.Sections.Select(s => s.Ordinal));
        Assert.Equal("一、总体情况", report.Sections[0].Heading);
        Assert.StartsWith("2022年,本镇全年主动公开政务信息382条", report.Sections[0].Body, StringComparison.Ordinal);
        Assert.Equal(2022, report.Period!.Start!.Value.Year);
    }
}
