using ComplianceFns.Engine.Reporting;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Links;
using ComplianceFns.Rules.Typos;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace ComplianceFns.Engine.Tests.Reporting;

public sealed class RectificationLedgerWriterTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public void Ledger_of_every_rule_is_a_valid_package()
    {
        using var package = Write(LedgerSampleReport.Create(extra: HostileFindings()));

        using var document = SpreadsheetDocument.Open(package, isEditable: false);
        var errors = new OpenXmlValidator().Validate(document).ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void Every_open_finding_round_trips_in_site_severity_rule_page_order()
    {
        var data = LedgerSampleReport.Create();
        var open = data.Findings.Where(f => f.Status == FindingStatus.Open).ToList();
        var expected = open
            .OrderBy(f => f.SiteId, StringComparer.Ordinal)
            .ThenBy(f => f.Severity switch { Severity.Serious => 0, Severity.General => 1, _ => 2 })
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.PageUrl, StringComparer.Ordinal)
            .ToList();
        var ruleNames = LedgerSampleReport.AllRules.ToDictionary(r => r.Id, r => r.ChineseName);

        using var package = Write(data);
        using var reader = new LedgerWorkbookReader(package);
        var sheet = reader.Sheet("整改台账");
        var rows = LedgerWorkbookReader.Rows(sheet);
        var hyperlinks = LedgerWorkbookReader.Hyperlinks(sheet);

        Assert.Equal(
            ["序号", "站点", "问题类型", "严重程度", "页面地址", "链接目标", "问题描述", "首次发现", "最近发现",
             "整改时限", "整改状态", "整改责任人", "整改措施", "整改完成时间", "复核结果", "无需整改理由", "规则编号", "问题标识"],
            rows[0].Elements<Cell>().Select(reader.Text));
        Assert.Equal(expected.Count + 1, rows.Count);
        Assert.Equal(LedgerSampleReport.AllRules.Select(r => r.Id).Order(), rows.Skip(1).Select(r => reader.Text(LedgerWorkbookReader.CellAt(r, "Q"))).Distinct().Order());
        for (var i = 0; i < expected.Count; i++)
        {
            var finding = expected[i];
            var row = rows[i + 1];
            string Text(string column) => reader.Text(LedgerWorkbookReader.CellAt(row, column));
            DateTimeOffset BeijingInstant(string column)
            {
                var cell = LedgerWorkbookReader.CellAt(row, column);
                Assert.Equal("yyyy-mm-dd hh:mm", reader.NumberFormat(cell));
                return new DateTimeOffset(DateTime.FromOADate(reader.Number(cell)), Beijing);
            }

            Assert.Equal(i + 1, reader.Number(LedgerWorkbookReader.CellAt(row, "A")));
            Assert.Equal(finding.SiteId, Text("B"));
            Assert.Equal(ruleNames[finding.RuleId], Text("C"));
            Assert.Equal(finding.Severity.ToChinese(), Text("D"));
            Assert.Equal(finding.PageUrl, Text("E"));
            Assert.Equal(new Uri(finding.PageUrl), hyperlinks[$"E{i + 2}"]);
            Assert.Equal(finding.TargetUrl ?? string.Empty, Text("F"));
            if (finding.TargetUrl is not null)
            {
                Assert.Equal(new Uri(finding.TargetUrl), hyperlinks[$"F{i + 2}"]);
            }

            Assert.Equal(finding.Message, Text("G"));
            // To the minute: the seconds the store keeps are not shown, so they are not in the value either.
            Assert.Equal(ToMinute(finding.FirstSeen), BeijingInstant("H"));
            Assert.Equal(ToMinute(finding.LastSeen), BeijingInstant("I"));
            Assert.Equal(Beijing, BeijingInstant("H").Offset);
            Assert.Equal("未整改", Text("K"));
            Assert.All(new[] { "L", "M", "N", "O", "P" }, column => Assert.Equal(string.Empty, Text(column)));
            Assert.Equal(finding.RuleId, Text("Q"));
            Assert.True(LedgerKey.TryParse(Text("R"), out var version, out var identity));
            Assert.Equal(FindingVersion.Of(finding), version);
            Assert.Equal(LedgerKey.IdentityOf(finding), identity);
        }
    }

    [Fact]
    public void Resolved_findings_are_left_out()
    {
        var data = LedgerSampleReport.Create();
        var resolved = data.Findings.Where(f => f.Status == FindingStatus.Resolved).ToList();
        Assert.NotEmpty(resolved);

        using var package = Write(data);
        using var reader = new LedgerWorkbookReader(package);
        var pages = LedgerWorkbookReader.Rows(reader.Sheet("整改台账")).Skip(1)
            .Select(r => reader.Text(LedgerWorkbookReader.CellAt(r, "E"))).ToHashSet();

        Assert.All(resolved, f => Assert.DoesNotContain(f.PageUrl, pages));
    }

    [Fact]
    public void Header_is_bold_filled_frozen_and_filtered_over_the_whole_table()
    {
        var data = LedgerSampleReport.Create();
        var openCount = data.Open.Count();

        using var package = Write(data);
        using var reader = new LedgerWorkbookReader(package);
        var sheet = reader.Sheet("整改台账");
        var pane = sheet.Worksheet.Descendants<Pane>().Single();
        var header = LedgerWorkbookReader.Rows(sheet)[0].Elements<Cell>().First();
        var headerFormat = reader.Format(header);
        var fonts = reader.Document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ToList();
        var fills = reader.Document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.Fills!.Elements<Fill>().ToList();

        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1d, pane.VerticalSplit!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        Assert.Equal($"A1:R{openCount + 1}", sheet.Worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value);
        Assert.NotNull(fonts[(int)headerFormat.FontId!.Value].Bold);
        Assert.Equal(PatternValues.Solid, fills[(int)headerFormat.FillId!.Value].PatternFill!.PatternType!.Value);
        var filterName = reader.Document.WorkbookPart.Workbook.DefinedNames!.Elements<DefinedName>().Single(n => n.Name == "_xlnm._FilterDatabase");
        Assert.Equal($"'整改台账'!$A$1:$R${openCount + 1}", filterName.Text);
    }

    [Fact]
    public void Columns_fit_chinese_text_and_the_message_column_is_capped_and_wrapped()
    {
        var data = LedgerSampleReport.Create();

        using var package = Write(data);
        using var reader = new LedgerWorkbookReader(package);
        var sheet = reader.Sheet("整改台账");
        var widths = sheet.Worksheet.GetFirstChild<Columns>()!.Elements<Column>().ToDictionary(c => (int)c.Min!.Value, c => c.Width!.Value);
        var longestRuleName = data.Open.Select(f => LedgerSampleReport.AllRules.Single(r => r.Id == f.RuleId).ChineseName).Max(n => n.Length);
        var messageCell = LedgerWorkbookReader.CellAt(LedgerWorkbookReader.Rows(sheet)[1], "G");

        Assert.Equal(18, widths.Count);
        // 问题类型 holds only Chinese names: each character needs two width units.
        Assert.True(widths[3] >= longestRuleName * 2, $"问题类型 width {widths[3]} for {longestRuleName} characters");
        Assert.Equal(60, widths[7]);
        Assert.True(reader.Format(messageCell).Alignment!.WrapText!.Value);
        Assert.All(widths.Values, w => Assert.InRange(w, 6, 60));
    }

    [Fact]
    public void Hostile_strings_are_stored_as_safe_plain_text()
    {
        var hostile = HostileFindings();
        var data = new ReportData(LedgerSampleReport.GeneratedAt, null, hostile, []);

        using var package = Write(data);
        using var reader = new LedgerWorkbookReader(package);
        var sheet = reader.Sheet("整改台账");
        var rows = LedgerWorkbookReader.Rows(sheet).Skip(1).ToList();
        var messages = rows.Select(r => LedgerWorkbookReader.CellAt(r, "G")).ToList();
        var texts = messages.Select(reader.Text).ToList();
        var hyperlinks = LedgerWorkbookReader.Hyperlinks(sheet);

        Assert.Equal(3, rows.Count);
        Assert.All(sheet.Worksheet.Descendants<Cell>(), c => Assert.Null(c.CellFormula));
        Assert.All(messages, c => Assert.Equal(CellValues.InlineString, c.DataType!.Value));
        Assert.Contains("=cmd|' /C calc'!A0", texts);
        Assert.Contains("页面中出现控制字符：ab\ncd\t尾", texts);
        var longText = Assert.Single(texts, t => t.StartsWith("长", StringComparison.Ordinal));
        Assert.Equal(32_767, longText.Length);
        Assert.EndsWith("…", longText, StringComparison.Ordinal);
        Assert.Equal("=HYPERLINK(\"http://evil.example/\")", reader.Text(LedgerWorkbookReader.CellAt(rows.Single(r => reader.Text(LedgerWorkbookReader.CellAt(r, "G")) == "=cmd|' /C calc'!A0"), "B")));
        // javascript: and an address with a control character get no hyperlink; the well-formed https page does.
        Assert.Equal(new Uri("https://zz.example.gov.cn/long.html"), Assert.Single(hyperlinks.Values));
        Assert.Contains("https://zz.example.gov.cn/a.html", rows.Select(r => reader.Text(LedgerWorkbookReader.CellAt(r, "E"))));
    }

    [Fact]
    public void Empty_report_is_a_valid_file_with_only_the_header()
    {
        var data = new ReportData(LedgerSampleReport.GeneratedAt, "hz-gov", [], []);

        using var package = Write(data);
        using var reader = new LedgerWorkbookReader(package);
        var sheet = reader.Sheet("整改台账");

        Assert.Empty(new OpenXmlValidator().Validate(reader.Document));
        Assert.Single(LedgerWorkbookReader.Rows(sheet));
        Assert.Equal("A1:R1", sheet.Worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value);
        Assert.Null(sheet.Worksheet.GetFirstChild<DataValidations>());
        Assert.Null(sheet.Worksheet.GetFirstChild<Hyperlinks>());
    }

    [Fact]
    public void Notes_sheet_shows_generation_time_scope_and_counts_by_severity()
    {
        var data = LedgerSampleReport.Create(siteFilter: "xh-district");
        var open = data.Open.ToList();

        using var package = Write(data);
        using var reader = new LedgerWorkbookReader(package);
        var rows = LedgerWorkbookReader.Rows(reader.Sheet("说明"));
        var values = rows.ToDictionary(
            r => reader.Text(LedgerWorkbookReader.CellAt(r, "A")),
            r => LedgerWorkbookReader.CellAt(r, "B"));

        var generated = new DateTimeOffset(DateTime.FromOADate(reader.Number(values["生成时间（北京时间）"])), Beijing);
        Assert.Equal(0, reader.Number(values["已登记无需整改"]));
        Assert.Contains("严重 1 个工作日，一般 5 个工作日，提示 10 个工作日", reader.Text(values["整改时限"]), StringComparison.Ordinal);
        Assert.Equal(LedgerSampleReport.GeneratedAt, generated);
        Assert.Equal(new DateTime(2026, 11, 26, 9, 30, 0), generated.DateTime);
        Assert.Equal("xh-district", reader.Text(values["站点范围"]));
        Assert.Equal(open.Count, reader.Number(values["未整改问题总数"]));
        Assert.Equal(open.Count(f => f.Severity == Severity.Serious), reader.Number(values["其中严重"]));
        Assert.Equal(open.Count(f => f.Severity == Severity.General), reader.Number(values["其中一般"]));
        Assert.Equal(open.Count(f => f.Severity == Severity.Hint), reader.Number(values["其中提示"]));
        Assert.All(open, f => Assert.Equal("xh-district", f.SiteId));
    }

    [Fact]
    public void Writes_to_a_stream_that_cannot_seek()
    {
        using var target = new WriteOnlyStream();

        RectificationLedgerWriter.Write(LedgerSampleReport.Create(), target);

        using var copy = new MemoryStream(target.Written.ToArray());
        using var reader = new LedgerWorkbookReader(copy);
        Assert.Equal(LedgerSampleReport.Create().Open.Count() + 1, LedgerWorkbookReader.Rows(reader.Sheet("整改台账")).Count);
    }

    private static DateTimeOffset ToMinute(DateTimeOffset instant) =>
        new(BeijingTime.Of(instant).DateTime.AddTicks(-(BeijingTime.Of(instant).Ticks % TimeSpan.TicksPerMinute)), Beijing);

    private static MemoryStream Write(ReportData data)
    {
        var stream = new MemoryStream();
        RectificationLedgerWriter.Write(data, stream);
        stream.Position = 0;
        return stream;
    }

    private static List<Finding> HostileFindings()
    {
        Finding Hostile(string site, string page, string message, string ruleId) => new()
        {
            RuleId = ruleId,
            Severity = Severity.General,
            SiteId = site,
            PageUrl = page,
            Message = message,
            Fingerprint = FindingFingerprint.Compute(ruleId, site, page, null, message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            FirstSeen = LedgerSampleReport.GeneratedAt.AddDays(-1),
            LastSeen = LedgerSampleReport.GeneratedAt,
        };

        return
        [
            Hostile("=HYPERLINK(\"http://evil.example/\")", "javascript:alert(1)", "=cmd|' /C calc'!A0", LinkRules.InvalidUrl.Id),
            Hostile("zz-hostile", "https://zz.example.gov.cn/\u0001a.html", "页面中出现控制字符：a\u0000b\r\nc\u0008d\t尾\uFFFE\uD800", TypoRules.All[6].Id),
            Hostile("zz-hostile", "https://zz.example.gov.cn/long.html", new string('长', 40_000), TypoRules.All[7].Id),
        ];
    }

    private sealed class WriteOnlyStream : Stream
    {
        public MemoryStream Written { get; } = new();

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Written.Write(buffer, offset, count);
    }
}
