using ComplianceFns.Rules.Findings;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ComplianceFns.Engine.Reporting;

/// <summary>The ledger's cell formats, and their indexes in the workbook's stylesheet.</summary>
internal static class LedgerStyles
{
    public const uint Default = 0;
    public const uint Header = 1;
    public const uint DateTime = 2;
    public const uint WrappedText = 3;
    public const uint Hyperlink = 4;

    /// <summary>Header of a column the office fills in (整改时限 … 无需整改理由): another fill, so it stands out.</summary>
    public const uint OfficeHeader = 5;

    public const uint Date = 6;
    public const uint SeveritySerious = 7;
    public const uint SeverityGeneral = 8;
    public const uint SeverityHint = 9;

    /// <summary>A deadline already passed while the finding is still 未整改 or 整改中.</summary>
    public const uint OverdueDate = 10;

    /// <summary>Timestamps to the minute, as the report shows them.</summary>
    public const string DateTimeFormat = "yyyy-mm-dd hh:mm";

    public const string DateFormat = "yyyy-mm-dd";

    /// <summary>Fill colours by severity (Excel's own 差/适中 palette for 严重/一般, a light blue for 提示).</summary>
    public static readonly IReadOnlyDictionary<Severity, string> SeverityFills = new Dictionary<Severity, string>
    {
        [Severity.Serious] = "FFFFC7CE",
        [Severity.General] = "FFFFEB9C",
        [Severity.Hint] = "FFDDEBF7",
    };

    private const uint DateTimeFormatId = 164; // the first id free for custom formats
    private const uint DateFormatId = 165;

    public static uint ForSeverity(Severity severity) => severity switch
    {
        Severity.Serious => SeveritySerious,
        Severity.General => SeverityGeneral,
        _ => SeverityHint,
    };

    public static Stylesheet Create() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = DateTimeFormatId, FormatCode = DateTimeFormat },
            new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = DateFormat }) { Count = 2 },
        new Fonts(
            Font(bold: false, color: null, underline: false),
            Font(bold: true, color: null, underline: false),
            Font(bold: false, color: "FF0563C1", underline: true),
            Font(bold: false, color: "FF9C0006", underline: false),
            Font(bold: false, color: "FF9C5700", underline: false),
            Font(bold: false, color: "FF1F4E78", underline: false),
            Font(bold: true, color: "FFC00000", underline: false)) { Count = 7 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFD9E1F2"),
            Solid("FFFFF2CC"),
            Solid(SeverityFills[Severity.Serious]),
            Solid(SeverityFills[Severity.General]),
            Solid(SeverityFills[Severity.Hint])) { Count = 7 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            HeaderFormat(fillId: 2),
            new CellFormat { NumberFormatId = DateTimeFormatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
            {
                NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true,
            },
            new CellFormat { NumberFormatId = 0, FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            HeaderFormat(fillId: 3),
            new CellFormat { NumberFormatId = DateFormatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            SeverityFormat(fontId: 3, fillId: 4),
            SeverityFormat(fontId: 4, fillId: 5),
            SeverityFormat(fontId: 5, fillId: 6),
            new CellFormat { NumberFormatId = DateFormatId, FontId = 6, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true, ApplyFont = true })
        { Count = 11 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static Fill Solid(string rgb) =>
        new(new PatternFill(new ForegroundColor { Rgb = rgb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static CellFormat HeaderFormat(uint fillId) => new(new Alignment { Vertical = VerticalAlignmentValues.Center })
    {
        NumberFormatId = 0, FontId = 1, FillId = fillId, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyAlignment = true,
    };

    private static CellFormat SeverityFormat(uint fontId, uint fillId) =>
        new(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Top })
        {
            NumberFormatId = 0, FontId = fontId, FillId = fillId, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyAlignment = true,
        };

    private static Font Font(bool bold, string? color, bool underline)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        if (underline)
        {
            font.Append(new Underline());
        }

        font.Append(new FontSize { Val = 11 });
        font.Append(color is null ? new Color { Theme = 1 } : new Color { Rgb = HexBinaryValue.FromString(color) });
        font.Append(new FontName { Val = "等线" });
        font.Append(new FontFamilyNumbering { Val = 2 });
        font.Append(new FontCharSet { Val = 134 }); // GB2312: East-Asian glyph fallback in Excel
        return font;
    }
}
