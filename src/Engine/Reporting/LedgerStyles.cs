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

    public const string DateTimeFormat = "yyyy-mm-dd hh:mm:ss";

    private const uint DateTimeFormatId = 164; // the first id free for custom formats

    public static Stylesheet Create() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = DateTimeFormatId, FormatCode = DateTimeFormat }) { Count = 1 },
        new Fonts(
            Font(bold: false, color: null, underline: false),
            Font(bold: true, color: null, underline: false),
            Font(bold: false, color: "FF0563C1", underline: true)) { Count = 3 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E1F2" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Center })
            {
                NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyAlignment = true,
            },
            new CellFormat { NumberFormatId = DateTimeFormatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
            {
                NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true,
            },
            new CellFormat { NumberFormatId = 0, FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true }) { Count = 5 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

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
