using ComplianceFns.Rules.Catalogue;
using ComplianceFns.Rules.Findings;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ComplianceFns.Engine.Reporting;

/// <summary>
/// Writes the rectification ledger (整改台账): an .xlsx with one row per open finding for the office to assign and
/// track, and a "说明" sheet with the generation time, scope and counts by severity.
/// </summary>
public static class RectificationLedgerWriter
{
    public const string LedgerSheetName = "整改台账";
    public const string NotesSheetName = "说明";
    public const string OpenStatusText = "未整改";

    /// <summary>The ledger's columns, in order; 规则编号 is last so the office's own columns stay together.</summary>
    public static IReadOnlyList<string> Headers { get; } =
        ["序号", "站点", "问题类型", "严重程度", "页面地址", "问题描述", "首次发现", "最近发现", "整改状态", "整改责任人", "规则编号"];

    // Excel ignores hyperlinks whose address is longer than this.
    private const int MaxHyperlinkLength = 2_079;

    private const int PageColumn = 4;
    private const int MessageColumn = 5;
    private const double DateColumnWidth = 21;

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

            var rows = OrderForLedger(data.Open);
            var ledgerPart = workbookPart.AddNewPart<WorksheetPart>();
            ledgerPart.Worksheet = LedgerWorksheet(ledgerPart, data, rows);
            var notesPart = workbookPart.AddNewPart<WorksheetPart>();
            notesPart.Worksheet = NotesWorksheet(data, rows);

            workbookPart.Workbook = new Workbook(
                new Sheets(
                    new Sheet { Name = LedgerSheetName, SheetId = 1, Id = workbookPart.GetIdOfPart(ledgerPart) },
                    new Sheet { Name = NotesSheetName, SheetId = 2, Id = workbookPart.GetIdOfPart(notesPart) }),
                new DefinedNames(
                    // Excel records every AutoFilter range under this hidden name; without it some readers drop the filter.
                    new DefinedName($"'{LedgerSheetName}'!{AbsoluteRange(rows.Count)}") { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true }));
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

    /// <summary>The table's range, header included, e.g. <c>A1:K42</c>.</summary>
    public static string TableRange(int findingCount) => $"A1:{LedgerCells.ColumnName(Headers.Count - 1)}{findingCount + 1}";

    private static string AbsoluteRange(int findingCount) => $"$A$1:${LedgerCells.ColumnName(Headers.Count - 1)}${findingCount + 1}";

    private static Worksheet LedgerWorksheet(WorksheetPart part, ReportData data, IReadOnlyList<Finding> findings)
    {
        var texts = Headers.Select(header => new List<string> { header }).ToArray();
        var sheetData = new SheetData();
        var headerRow = new Row { RowIndex = 1 };
        for (var column = 0; column < Headers.Count; column++)
        {
            headerRow.Append(LedgerCells.Text(Reference(column, 1), Headers[column], LedgerStyles.Header));
        }

        sheetData.Append(headerRow);
        var hyperlinks = new Hyperlinks();
        for (var index = 0; index < findings.Count; index++)
        {
            var finding = findings[index];
            var rowIndex = (uint)index + 2;
            var values = new[]
            {
                null,
                data.SiteName(finding.SiteId),
                RuleCatalog.ChineseName(finding.RuleId),
                finding.Severity.ToChinese(),
                finding.PageUrl,
                finding.Message,
                null,
                null,
                OpenStatusText,
                string.Empty,
                finding.RuleId,
            };

            var row = new Row { RowIndex = rowIndex };
            for (var column = 0; column < values.Length; column++)
            {
                var reference = Reference(column, rowIndex);
                row.Append(column switch
                {
                    0 => LedgerCells.Number(reference, index + 1),
                    6 => LedgerCells.BeijingDateTime(reference, finding.FirstSeen),
                    7 => LedgerCells.BeijingDateTime(reference, finding.LastSeen),
                    PageColumn when HyperlinkTarget(finding.PageUrl) is not null => LedgerCells.Text(reference, values[column], LedgerStyles.Hyperlink),
                    MessageColumn => LedgerCells.Text(reference, values[column], LedgerStyles.WrappedText),
                    _ => LedgerCells.Text(reference, values[column]),
                });
                if (values[column] is { } text)
                {
                    texts[column].Add(LedgerText.Safe(text));
                }
            }

            sheetData.Append(row);
            if (HyperlinkTarget(finding.PageUrl) is { } target)
            {
                var relationship = part.AddHyperlinkRelationship(target, isExternal: true);
                hyperlinks.Append(new Hyperlink { Reference = Reference(PageColumn, rowIndex), Id = relationship.Id });
            }
        }

        var worksheet = new Worksheet(
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
        if (hyperlinks.HasChildren)
        {
            worksheet.Append(hyperlinks);
        }

        worksheet.Append(new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        return worksheet;
    }

    private static Columns LedgerColumns(IReadOnlyList<List<string>> texts)
    {
        var columns = new Columns();
        for (var column = 0; column < texts.Count; column++)
        {
            var width = column switch
            {
                6 or 7 => DateColumnWidth,
                MessageColumn => LedgerColumnWidth.Fit(texts[column], minimum: 20, maximum: 60),
                PageColumn => LedgerColumnWidth.Fit(texts[column], minimum: 12, maximum: 50),
                _ => LedgerColumnWidth.Fit(texts[column], minimum: 6, maximum: 40),
            };
            var index = (uint)column + 1;
            columns.Append(new Column { Min = index, Max = index, Width = width, CustomWidth = true });
        }

        return columns;
    }

    private static Worksheet NotesWorksheet(ReportData data, IReadOnlyList<Finding> open)
    {
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

        lines.Add(("说明", reference => LedgerCells.Text(reference, "本台账仅列未整改问题；所有时间均为北京时间（UTC+8）；“整改责任人”由本单位填写。", LedgerStyles.WrappedText)));

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
                new Column { Min = 2, Max = 2, Width = 60, CustomWidth = true }),
            sheetData,
            new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
    }

    /// <summary>The page's address as a hyperlink target, or null when it is not a well-formed http(s) URL.</summary>
    internal static Uri? HyperlinkTarget(string pageUrl)
    {
        var safe = LedgerText.Safe(pageUrl);
        if (safe.Length > MaxHyperlinkLength || safe != pageUrl
            || !Uri.TryCreate(pageUrl, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.AbsoluteUri.Length > MaxHyperlinkLength)
        {
            return null;
        }

        return uri;
    }

    private static string Reference(int column, uint row) => $"{LedgerCells.ColumnName(column)}{row}";
}
