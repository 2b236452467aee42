using ComplianceFns.Rules.Catalogue;
using ComplianceFns.Rules.Findings;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ComplianceFns.Engine.Reporting;

/// <summary>
/// Writes the rectification ledger (整改台账) as offices keep it: an .xlsx with one row per finding no inspection has
/// found fixed yet (those marked 无需整改 included, so they can be changed back), the office's columns (整改时限, a
/// 整改状态 drop-down, 责任人, 措施, 完成时间, 复核结果, 无需整改理由) filled with what was imported before, severity
/// colours, A4 landscape printing with the header on every page, and a hidden 问题标识 column through which
/// <see cref="RectificationLedgerReader"/> reads the office's edits back. A "说明" sheet holds the generation time, scope,
/// counts and how to fill in and import the ledger.
/// </summary>
public static class RectificationLedgerWriter
{
    public const string LedgerSheetName = "整改台账";
    public const string NotesSheetName = "说明";
    public const string OpenStatusText = "未整改";

    public const string KeyHeader = "问题标识";
    public const string DeadlineHeader = "整改时限";
    public const string StatusHeader = "整改状态";
    public const string AssigneeHeader = "整改责任人";
    public const string MeasureHeader = "整改措施";
    public const string CompletedHeader = "整改完成时间";
    public const string ReviewHeader = "复核结果";
    public const string ReasonHeader = "无需整改理由";
    public const string MessageHeader = "问题描述";

    /// <summary>The ledger's columns, in order: the inspection's, then the office's, then the rule and the hidden key.</summary>
    public static IReadOnlyList<string> Headers { get; } =
    [
        "序号", "站点", "问题类型", "严重程度", "页面地址", "链接目标", MessageHeader, "首次发现", "最近发现",
        DeadlineHeader, StatusHeader, AssigneeHeader, MeasureHeader, CompletedHeader, ReviewHeader, ReasonHeader,
        "规则编号", KeyHeader,
    ];

    /// <summary>The columns the office fills in; <see cref="RectificationLedgerReader"/> imports exactly these.</summary>
    public static IReadOnlyList<string> OfficeHeaders { get; } =
        [DeadlineHeader, StatusHeader, AssigneeHeader, MeasureHeader, CompletedHeader, ReviewHeader, ReasonHeader];

    // Excel ignores hyperlinks whose address is longer than this.
    private const int MaxHyperlinkLength = 2_079;

    private const int SeverityColumn = 3;
    private const int PageColumn = 4;
    private const int TargetColumn = 5;
    private const int MessageColumn = 6;
    private const int FirstSeenColumn = 7;
    private const int LastSeenColumn = 8;
    private const int DeadlineColumn = 9;
    private const int StatusColumn = 10;
    private const int MeasureColumn = 12;
    private const int CompletedColumn = 13;
    private const int ReviewColumn = 14;
    private const int ReasonColumn = 15;
    private const int KeyColumn = 17;
    private const double DateTimeColumnWidth = 18;
    private const double DateColumnWidth = 12;

    public static void Write(ReportData data, Stream output)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(output);

        // The packaging API wants a seekable, readable stream; the caller's may be a blob or HTTP response stream.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = LedgerStyles.Create();

            var rows = OrderForLedger(data.Unresolved);
            var ledgerPart = workbookPart.AddNewPart<WorksheetPart>();
            ledgerPart.Worksheet = LedgerWorksheet(ledgerPart, data, rows);
            var notesPart = workbookPart.AddNewPart<WorksheetPart>();
            notesPart.Worksheet = NotesWorksheet(data);

            workbookPart.Workbook = new Workbook(
                new Sheets(
                    new Sheet { Name = LedgerSheetName, SheetId = 1, Id = workbookPart.GetIdOfPart(ledgerPart) },
                    new Sheet { Name = NotesSheetName, SheetId = 2, Id = workbookPart.GetIdOfPart(notesPart) }),
                new DefinedNames(
                    // Excel records every AutoFilter range under this hidden name; without it some readers drop the filter.
                    new DefinedName($"'{LedgerSheetName}'!{AbsoluteRange(rows.Count)}") { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true },
                    // The header row repeats on every printed page.
                    new DefinedName($"'{LedgerSheetName}'!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 }));
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>By site, severity (严重 first), rule, page; then target and fingerprint so the order is stable.</summary>
    internal static IReadOnlyList<Finding> OrderForLedger(IEnumerable<Finding> open) => open
        .OrderBy(f => f.SiteId, StringComparer.Ordinal)
        .ThenByDescending(f => f.Severity)
        .ThenBy(f => f.RuleId, StringComparer.Ordinal)
        .ThenBy(f => f.PageUrl, StringComparer.Ordinal)
        .ThenBy(f => f.TargetUrl ?? string.Empty, StringComparer.Ordinal)
        .ThenBy(f => f.Fingerprint, StringComparer.Ordinal)
        .ToList();

    /// <summary>The table's range, header included, e.g. <c>A1:R42</c>.</summary>
    public static string TableRange(int findingCount) => $"A1:{LedgerCells.ColumnName(Headers.Count - 1)}{findingCount + 1}";

    private static string AbsoluteRange(int findingCount) => $"$A$1:${LedgerCells.ColumnName(Headers.Count - 1)}${findingCount + 1}";

    private static Worksheet LedgerWorksheet(WorksheetPart part, ReportData data, IReadOnlyList<Finding> findings)
    {
        var texts = Headers.Select(header => new List<string> { header }).ToArray();
        var sheetData = new SheetData();
        var headerRow = new Row { RowIndex = 1 };
        for (var column = 0; column < Headers.Count; column++)
        {
            var style = OfficeHeaders.Contains(Headers[column]) ? LedgerStyles.OfficeHeader : LedgerStyles.Header;
            headerRow.Append(LedgerCells.Text(Reference(column, 1), Headers[column], style));
        }

        sheetData.Append(headerRow);
        var today = DateOnly.FromDateTime(BeijingTime.Of(data.GeneratedAt).DateTime);
        var hyperlinks = new Hyperlinks();
        for (var index = 0; index < findings.Count; index++)
        {
            var finding = findings[index];
            var record = finding.CurrentRectification();
            var status = record?.Status ?? RectificationStatus.Pending;
            var deadline = data.Deadlines.DeadlineFor(finding);
            var overdue = deadline < today && status is RectificationStatus.Pending or RectificationStatus.InProgress;
            var rowIndex = (uint)index + 2;
            var values = new[]
            {
                null,
                data.SiteName(finding.SiteId),
                RuleCatalog.ChineseName(finding.RuleId),
                finding.Severity.ToChinese(),
                finding.PageUrl,
                finding.TargetUrl ?? string.Empty,
                finding.Message,
                null,
                null,
                null,
                status.ToChinese(),
                record?.Assignee ?? string.Empty,
                record?.Measure ?? string.Empty,
                null,
                record?.ReviewResult ?? string.Empty,
                record?.NoActionReason ?? string.Empty,
                finding.RuleId,
                LedgerKey.For(finding),
            };

            var row = new Row { RowIndex = rowIndex };
            for (var column = 0; column < values.Length; column++)
            {
                var reference = Reference(column, rowIndex);
                row.Append(column switch
                {
                    0 => LedgerCells.Number(reference, index + 1),
                    SeverityColumn => LedgerCells.Text(reference, values[column], LedgerStyles.ForSeverity(finding.Severity)),
                    FirstSeenColumn => LedgerCells.BeijingDateTime(reference, finding.FirstSeen),
                    LastSeenColumn => LedgerCells.BeijingDateTime(reference, finding.LastSeen),
                    DeadlineColumn => LedgerCells.Date(reference, deadline, overdue ? LedgerStyles.OverdueDate : LedgerStyles.Date),
                    CompletedColumn => record?.CompletedAt is { } completed ? LedgerCells.BeijingDateTime(reference, completed) : LedgerCells.Text(reference, string.Empty),
                    PageColumn when HyperlinkTarget(finding.PageUrl) is not null => LedgerCells.Text(reference, values[column], LedgerStyles.Hyperlink),
                    TargetColumn when HyperlinkTarget(finding.TargetUrl) is not null => LedgerCells.Text(reference, values[column], LedgerStyles.Hyperlink),
                    MessageColumn or MeasureColumn or ReviewColumn or ReasonColumn => LedgerCells.Text(reference, values[column], LedgerStyles.WrappedText),
                    _ => LedgerCells.Text(reference, values[column]),
                });
                if (values[column] is { } text)
                {
                    texts[column].Add(LedgerText.Safe(text));
                }
            }

            sheetData.Append(row);
            foreach (var (column, url) in new[] { (PageColumn, finding.PageUrl), (TargetColumn, finding.TargetUrl) })
            {
                if (HyperlinkTarget(url) is { } target)
                {
                    var relationship = part.AddHyperlinkRelationship(target, isExternal: true);
                    hyperlinks.Append(new Hyperlink { Reference = Reference(column, rowIndex), Id = relationship.Id });
                }
            }
        }

        var worksheet = new Worksheet(
            // Printed to the page's width (A4 landscape), as many pages long as it takes.
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            {
                TabSelected = true,
                WorkbookViewId = 0,
            }),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            LedgerColumns(texts),
            sheetData,
            new AutoFilter { Reference = TableRange(findings.Count) });
        if (findings.Count > 0)
        {
            worksheet.Append(StatusDropDown(findings.Count));
        }

        if (hyperlinks.HasChildren)
        {
            worksheet.Append(hyperlinks);
        }

        worksheet.Append(
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 },
            new HeaderFooter(
                new OddHeader($"&C{LedgerSheetName}（{HeaderText(data.Scope)}）"),
                new OddFooter("&C第 &P 页，共 &N 页")));
        return worksheet;
    }

    /// <summary>整改状态 accepts only the four values, chosen from a drop-down.</summary>
    private static DataValidations StatusDropDown(int findingCount)
    {
        var column = LedgerCells.ColumnName(StatusColumn);
        var choices = string.Join(",", RectificationStatusNames.All.Select(s => s.ToChinese()));
        return new DataValidations(
            new DataValidation(new Formula1($"\"{choices}\""))
            {
                Type = DataValidationValues.List,
                AllowBlank = true,
                ShowDropDown = false, // false shows the arrow (the attribute's name says the opposite)
                ShowErrorMessage = true,
                ErrorStyle = DataValidationErrorStyleValues.Stop,
                ErrorTitle = StatusHeader,
                Error = $"请从下拉列表中选择：{string.Join("、", RectificationStatusNames.All.Select(s => s.ToChinese()))}。",
                ShowInputMessage = true,
                PromptTitle = StatusHeader,
                Prompt = "选“无需整改”须在“无需整改理由”列写明理由；选“已整改”待下次检查确认。",
                SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{column}2:{column}{findingCount + 1}" },
            })
        { Count = 1 };
    }

    private static Columns LedgerColumns(IReadOnlyList<List<string>> texts)
    {
        var columns = new Columns();
        for (var column = 0; column < texts.Count; column++)
        {
            var width = column switch
            {
                FirstSeenColumn or LastSeenColumn or CompletedColumn => DateTimeColumnWidth,
                DeadlineColumn => DateColumnWidth,
                MessageColumn => LedgerColumnWidth.Fit(texts[column], minimum: 20, maximum: 60),
                PageColumn or TargetColumn => LedgerColumnWidth.Fit(texts[column], minimum: 12, maximum: 50),
                MeasureColumn or ReasonColumn => LedgerColumnWidth.Fit(texts[column], minimum: 20, maximum: 40),
                ReviewColumn => LedgerColumnWidth.Fit(texts[column], minimum: 12, maximum: 30),
                KeyColumn => 12,
                _ => LedgerColumnWidth.Fit(texts[column], minimum: 6, maximum: 40),
            };
            var index = (uint)column + 1;
            var definition = new Column { Min = index, Max = index, Width = width, CustomWidth = true };
            if (column == KeyColumn)
            {
                // Kept out of sight and out of the way: the office never needs to read it, only to leave it alone.
                definition.Hidden = true;
            }

            columns.Append(definition);
        }

        return columns;
    }

    private static Worksheet NotesWorksheet(ReportData data)
    {
        var open = data.Open.ToList();
        var suppressed = data.Suppressed.Count();
        var lines = new List<(string Label, Func<string, Cell> Value)>
        {
            ("生成时间（北京时间）", reference => LedgerCells.BeijingDateTime(reference, data.GeneratedAt)),
            ("站点范围", reference => LedgerCells.Text(reference, data.Scope)),
            ("未整改问题总数", reference => LedgerCells.Number(reference, open.Count)),
        };
        foreach (var severity in new[] { Severity.Serious, Severity.General, Severity.Hint })
        {
            var count = open.Count(f => f.Severity == severity);
            lines.Add(($"其中{severity.ToChinese()}", reference => LedgerCells.Number(reference, count)));
        }

        lines.Add(("已登记无需整改", reference => LedgerCells.Number(reference, suppressed)));
        lines.Add(("整改时限", reference => LedgerCells.Text(reference,
            $"{data.Deadlines.Describe()}，自问题首次发现之日（整改后再次出现的，自再次出现之日）起按周一至周五计算，未扣除法定节假日；本单位在“整改时限”列填写的日期优先。",
            LedgerStyles.WrappedText)));
        lines.Add(("填写和导入", reference => LedgerCells.Text(reference,
            "黄色表头的列（整改时限、整改状态、整改责任人、整改措施、整改完成时间、复核结果、无需整改理由）由本单位填写，“整改状态”从下拉列表选择。"
            + "保存后运行 compliancefns ledger import 台账文件.xlsx --storage 存储连接 导入，此后生成的检查报告和整改台账显示所填内容；同一文件重复导入不会重复记录。"
            + "可以排序、筛选、调整列宽，但不要新增行，也不要修改或删除已隐藏的最后一列“问题标识”（导入时据此对应问题）。",
            LedgerStyles.WrappedText)));
        lines.Add(("整改状态", reference => LedgerCells.Text(reference,
            "“已整改”是本单位的整改报告：问题仍保留在台账中，检查报告显示“待检查确认”，下次检查不再发现时才确认已整改并移出台账。"
            + "“无需整改”须在“无需整改理由”列写明理由，导入后该问题不再计入未整改数、不再告警，检查报告在“已整改和无需整改问题”中列出登记人、登记时间和理由；"
            + "问题内容发生变化（如失效原因、严重程度、问题文字改变）或经检查确认整改后再次出现的，已登记的状态自动失效，问题恢复为未整改。",
            LedgerStyles.WrappedText)));
        lines.Add(("说明", reference => LedgerCells.Text(reference,
            "本台账列出检查尚未确认整改的全部问题（含已登记无需整改的问题）；所有时间均为北京时间（UTC+8）。",
            LedgerStyles.WrappedText)));

        var sheetData = new SheetData();
        for (var index = 0; index < lines.Count; index++)
        {
            var rowIndex = (uint)index + 1;
            sheetData.Append(new Row(
                LedgerCells.Text(Reference(0, rowIndex), lines[index].Label, LedgerStyles.Header),
                lines[index].Value(Reference(1, rowIndex)))
            { RowIndex = rowIndex });
        }

        var labelWidth = LedgerColumnWidth.Fit(lines.Select(line => line.Label), minimum: 10, maximum: 30);
        return new Worksheet(
            new Columns(
                new Column { Min = 1, Max = 1, Width = labelWidth, CustomWidth = true },
                new Column { Min = 2, Max = 2, Width = 80, CustomWidth = true }),
            sheetData,
            new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Portrait });
    }

    /// <summary>The address as a hyperlink target, or null when it is not a well-formed http(s) URL.</summary>
    internal static Uri? HyperlinkTarget(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        var safe = LedgerText.Safe(url);
        if (safe.Length > MaxHyperlinkLength || safe != url
            || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.AbsoluteUri.Length > MaxHyperlinkLength)
        {
            return null;
        }

        return uri;
    }

    /// <summary>Header and footer text is at most 255 characters, and '&amp;' starts a code there.</summary>
    private static string HeaderText(string text)
    {
        var safe = LedgerText.Safe(text).Replace('\n', ' ');
        if (safe.Length > 60)
        {
            safe = safe[..(char.IsHighSurrogate(safe[58]) ? 58 : 59)] + "…";
        }

        return safe.Replace("&", "&&", StringComparison.Ordinal);
    }

    private static string Reference(int column, uint row) => $"{LedgerCells.ColumnName(column)}{row}";
}
