using ComplianceFns.Engine.Reporting;
using ComplianceFns.Rules.Findings;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace ComplianceFns.Engine.Tests.Reporting;

/// <summary>The ledger as offices keep it: deadlines, the status drop-down, colours, the print setup, and their own entries.</summary>
public sealed class RectificationLedgerOfficeColumnsTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    // Friday 2025-06-06 16:20 Beijing time; the ledger is made the next Wednesday.
    private static readonly DateTimeOffset Friday = new(2025, 6, 6, 16, 20, 0, Beijing);
    private static readonly DateTimeOffset Wednesday = new(2025, 6, 11, 9, 0, 0, Beijing);

    [Theory]
    [InlineData("2025-06-06", 1, "2025-06-09")] // Friday + 1 working day = Monday
    [InlineData("2025-06-06", 5, "2025-06-13")]
    [InlineData("2025-06-07", 1, "2025-06-09")] // found on a Saturday
    [InlineData("2025-06-02", 10, "2025-06-16")]
    [InlineData("2025-06-02", 0, "2025-06-02")]
    public void Working_days_skip_weekends(string start, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), RectificationDeadlineOptions.AddWorkingDays(DateOnly.Parse(start), days));

    [Theory]
    [InlineData("1,5,10", 1, 5, 10)]
    [InlineData("2，7，15", 2, 7, 15)]
    [InlineData(" 0 , 3 , 20 ", 0, 3, 20)]
    public void Deadline_days_parse_for_serious_general_and_hint(string text, int serious, int general, int hint)
    {
        var options = RectificationDeadlineOptions.TryParse(text);

        Assert.NotNull(options);
        Assert.Equal((serious, general, hint), (options.SeriousWorkingDays, options.GeneralWorkingDays, options.HintWorkingDays));
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("1,5,10,20")]
    [InlineData("1,-5,10")]
    [InlineData("一,五,十")]
    [InlineData("1,5,999")]
    public void Malformed_deadline_days_are_refused(string text) => Assert.Null(RectificationDeadlineOptions.TryParse(text));

    [Fact]
    public void Deadlines_follow_severity_from_the_first_sighting_and_an_overdue_one_is_marked()
    {
        var serious = Finding("typo.organ-name", Severity.Serious, "https://a.example.gov.cn/1.html", Friday);
        var general = Finding("link.http-404", Severity.General, "https://a.example.gov.cn/2.html", Friday);
        var hint = Finding("link.missing-fragment", Severity.Hint, "https://a.example.gov.cn/3.html", Friday);
        var own = general with
        {
            PageUrl = "https://a.example.gov.cn/4.html",
            Fingerprint = "own",
            Rectification = new FindingRectification { Deadline = new DateOnly(2025, 6, 30) },
        };
        var data = new ReportData(Wednesday, null, [serious, general, hint, own], []);

        using var reader = Read(data);
        var rows = ByPage(reader);

        Assert.Equal(new DateOnly(2025, 6, 9), Date(reader, rows["https://a.example.gov.cn/1.html"], "J"));
        Assert.Equal(new DateOnly(2025, 6, 13), Date(reader, rows["https://a.example.gov.cn/2.html"], "J"));
        Assert.Equal(new DateOnly(2025, 6, 20), Date(reader, rows["https://a.example.gov.cn/3.html"], "J"));
        Assert.Equal(new DateOnly(2025, 6, 30), Date(reader, rows["https://a.example.gov.cn/4.html"], "J"));
        // Monday has passed on Wednesday: the serious one is overdue (bold red), the others are not.
        Assert.NotNull(Font(reader, rows["https://a.example.gov.cn/1.html"], "J").Bold);
        Assert.Null(Font(reader, rows["https://a.example.gov.cn/2.html"], "J").Bold);
    }

    [Fact]
    public void Configured_working_days_change_the_deadline()
    {
        var general = Finding("link.http-404", Severity.General, "https://a.example.gov.cn/2.html", Friday);
        var data = new ReportData(Wednesday, null, [general], []) { Deadlines = new RectificationDeadlineOptions { GeneralWorkingDays = 2 } };

        using var reader = Read(data);

        Assert.Equal(new DateOnly(2025, 6, 10), Date(reader, ByPage(reader)["https://a.example.gov.cn/2.html"], "J"));
        Assert.Contains("一般 2 个工作日", NotesText(reader), StringComparison.Ordinal);
    }

    [Fact]
    public void Status_is_a_drop_down_of_the_four_values_over_every_row()
    {
        var data = LedgerSampleReport.Create();
        var count = data.Unresolved.Count();

        using var reader = Read(data);
        var validation = reader.Sheet("整改台账").Worksheet.Descendants<DataValidation>().Single();

        Assert.Equal(DataValidationValues.List, validation.Type!.Value);
        Assert.Equal("\"未整改,整改中,已整改,无需整改\"", validation.Formula1!.Text);
        Assert.Equal($"K2:K{count + 1}", validation.SequenceOfReferences!.InnerText);
        Assert.True(validation.ShowErrorMessage!.Value);
        Assert.Empty(new OpenXmlValidator().Validate(reader.Document));
    }

    [Fact]
    public void Severity_cells_are_coloured_by_severity_and_office_columns_have_their_own_header_colour()
    {
        using var reader = Read(LedgerSampleReport.Create());
        var sheet = reader.Sheet("整改台账");
        var rows = LedgerWorkbookReader.Rows(sheet);
        var fills = reader.Document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.Fills!.Elements<Fill>().ToList();
        string FillOf(Cell cell) => fills[(int)reader.Format(cell).FillId!.Value].PatternFill?.ForegroundColor?.Rgb?.Value ?? string.Empty;

        var bySeverity = rows.Skip(1)
            .GroupBy(r => reader.Text(LedgerWorkbookReader.CellAt(r, "D")))
            .ToDictionary(g => g.Key, g => g.Select(r => FillOf(LedgerWorkbookReader.CellAt(r, "D"))).Distinct().Single());

        Assert.Equal("FFFFC7CE", bySeverity["严重"]);
        Assert.Equal("FFFFEB9C", bySeverity["一般"]);
        Assert.Equal("FFDDEBF7", bySeverity["提示"]);
        var header = rows[0].Elements<Cell>().ToDictionary(reader.Text, FillOf);
        Assert.All(RectificationLedgerWriter.OfficeHeaders, h => Assert.Equal("FFFFF2CC", header[h]));
        Assert.Equal("FFD9E1F2", header["问题描述"]);
    }

    [Fact]
    public void Prints_on_a4_landscape_one_page_wide_with_the_header_row_on_every_page_and_the_key_column_hidden()
    {
        using var reader = Read(LedgerSampleReport.Create());
        var worksheet = reader.Sheet("整改台账").Worksheet;
        var setup = worksheet.GetFirstChild<PageSetup>()!;
        var titles = reader.Document.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>().Single(n => n.Name == "_xlnm.Print_Titles");
        var columns = worksheet.GetFirstChild<Columns>()!.Elements<Column>().ToList();

        Assert.Equal(9u, setup.PaperSize!.Value);
        Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
        Assert.Equal(1u, setup.FitToWidth!.Value);
        Assert.Equal(0u, setup.FitToHeight!.Value);
        Assert.True(worksheet.SheetProperties!.PageSetupProperties!.FitToPage!.Value);
        Assert.Equal("'整改台账'!$1:$1", titles.Text);
        Assert.Equal(0u, titles.LocalSheetId!.Value);
        Assert.Contains("&P", worksheet.GetFirstChild<HeaderFooter>()!.OddFooter!.Text, StringComparison.Ordinal);
        Assert.True(columns.Single(c => c.Min!.Value == 18).Hidden!.Value);
        Assert.All(columns.Where(c => c.Min!.Value != 18), c => Assert.Null(c.Hidden));
    }

    [Fact]
    public void What_the_office_recorded_is_shown_and_a_lapsed_status_is_not()
    {
        var done = Finding("link.http-404", Severity.General, "https://a.example.gov.cn/done.html", Friday);
        done = done with
        {
            Rectification = new FindingRectification
            {
                Assignee = "李娜",
                Measure = "已改为新地址",
                Status = RectificationStatus.ClaimedDone,
                CompletedAt = new DateTimeOffset(2025, 6, 10, 17, 30, 0, Beijing),
                ReviewResult = "待复核",
                StatusVersion = FindingVersion.Of(done),
            },
        };
        var lapsed = Finding("link.http-404", Severity.General, "https://a.example.gov.cn/lapsed.html", Friday);
        lapsed = lapsed with
        {
            Rectification = new FindingRectification
            {
                Assignee = "王强",
                Status = RectificationStatus.NoActionNeeded,
                NoActionReason = "外部网站",
                StatusVersion = "0000000000000000",
            },
        };
        var suppressed = Finding("link.timeout", Severity.General, "https://a.example.gov.cn/ext.html", Friday);
        suppressed = suppressed with
        {
            Rectification = new FindingRectification
            {
                Status = RectificationStatus.NoActionNeeded,
                NoActionReason = "外部网站，非本单位维护",
                StatusVersion = FindingVersion.Of(suppressed),
                StatusSetBy = "张伟",
                StatusSetAt = Wednesday.AddDays(-1),
            },
        };
        var data = new ReportData(Wednesday, null, [done, lapsed, suppressed], []);

        using var reader = Read(data);
        var rows = ByPage(reader);
        string Text(string page, string column) => reader.Text(LedgerWorkbookReader.CellAt(rows[page], column));

        Assert.Equal(["已整改", "李娜", "已改为新地址", "待复核", string.Empty],
            new[] { "K", "L", "M", "O", "P" }.Select(c => Text("https://a.example.gov.cn/done.html", c)));
        var completed = LedgerWorkbookReader.CellAt(rows["https://a.example.gov.cn/done.html"], "N");
        Assert.Equal(new DateTime(2025, 6, 10, 17, 30, 0), DateTime.FromOADate(reader.Number(completed)));
        Assert.Equal("yyyy-mm-dd hh:mm", reader.NumberFormat(completed));
        // The finding changed after it was marked: 未整改 again, the assignee (the plan) kept.
        Assert.Equal(["未整改", "王强", string.Empty], new[] { "K", "L", "P" }.Select(c => Text("https://a.example.gov.cn/lapsed.html", c)));
        // A suppressed finding stays in the ledger (it can be changed back) but not in the open count.
        Assert.Equal(["无需整改", "外部网站，非本单位维护"], new[] { "K", "P" }.Select(c => Text("https://a.example.gov.cn/ext.html", c)));
        var notes = LedgerWorkbookReader.Rows(reader.Sheet("说明")).ToDictionary(
            r => reader.Text(LedgerWorkbookReader.CellAt(r, "A")), r => LedgerWorkbookReader.CellAt(r, "B"));
        Assert.Equal(2, reader.Number(notes["未整改问题总数"]));
        Assert.Equal(1, reader.Number(notes["已登记无需整改"]));
    }

    internal static Finding Finding(string ruleId, Severity severity, string page, DateTimeOffset firstSeen) => new()
    {
        RuleId = ruleId,
        Severity = severity,
        SiteId = "hz-gov",
        PageUrl = page,
        TargetUrl = page + "#target",
        Message = $"页面 {page} 的问题。",
        Fingerprint = FindingFingerprint.Compute(ruleId, "hz-gov", page, null),
        FirstSeen = firstSeen,
        LastSeen = firstSeen.AddDays(1),
    };

    private static LedgerWorkbookReader Read(ReportData data)
    {
        var stream = new MemoryStream();
        RectificationLedgerWriter.Write(data, stream);
        stream.Position = 0;
        return new LedgerWorkbookReader(stream);
    }

    private static Dictionary<string, Row> ByPage(LedgerWorkbookReader reader) =>
        LedgerWorkbookReader.Rows(reader.Sheet("整改台账")).Skip(1)
            .ToDictionary(r => reader.Text(LedgerWorkbookReader.CellAt(r, "E")), StringComparer.Ordinal);

    private static DateOnly Date(LedgerWorkbookReader reader, Row row, string column)
    {
        var cell = LedgerWorkbookReader.CellAt(row, column);
        Assert.Equal("yyyy-mm-dd", reader.NumberFormat(cell));
        return DateOnly.FromDateTime(DateTime.FromOADate(reader.Number(cell)));
    }

    private static Font Font(LedgerWorkbookReader reader, Row row, string column) =>
        reader.Document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>()
            .ElementAt((int)reader.Format(LedgerWorkbookReader.CellAt(row, column)).FontId!.Value);

    private static string NotesText(LedgerWorkbookReader reader) =>
        string.Join('\n', LedgerWorkbookReader.Rows(reader.Sheet("说明")).SelectMany(r => r.Elements<Cell>()).Select(reader.Text));
}
