using System.Text;

namespace ComplianceFns.Engine.Reports.Documents;

/// <summary>
/// One table row as one line, the way crawled report pages flatten: a filled cell is written "text | ", an empty
/// one "|", and the line ends at its last bar (e.g. <c>行政许可 | 6616 | ||</c>). Every format reader uses this so
/// HTML, DOCX and PDF tables read back identically.
/// </summary>
internal static class TableRowText
{
    public static string Format(IEnumerable<string> cells)
    {
        var line = new StringBuilder();
        foreach (var cell in cells)
        {
            var text = CollapseWhitespace(cell);
            if (text.Length > 0)
            {
                line.Append(text).Append(" | ");
            }
            else
            {
                line.Append('|');
            }
        }

        return line.ToString().TrimEnd();
    }

    /// <summary>Runs of whitespace (including NBSP and ideographic space) become one space; ends are trimmed.</summary>
    public static string CollapseWhitespace(string text)
    {
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
