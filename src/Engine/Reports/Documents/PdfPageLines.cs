using System.Text;
using UglyToad.PdfPig.Content;

namespace ComplianceFns.Engine.Reports.Documents;

/// <summary>One PDF page's words as text lines in reading order (top to bottom, left to right).</summary>
internal static class PdfPageLines
{
    /// <summary>Words whose baselines differ by less than this share of the font height are on one line.</summary>
    private const double SameLineTolerance = 0.4;

    /// <summary>A gap wider than this many font heights separates table cells (a space is about a third of one).</summary>
    private const double CellGap = 1.2;

    /// <summary>A gap wider than this keeps a space between two words (Latin words, numbers).</summary>
    private const double WordGap = 0.15;

    public static string Of(Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        var lines = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var line = lines.Count > 0 ? lines[^1] : null;
            if (line is not null && Math.Abs(Baseline(line[0]) - Baseline(word)) < SameLineTolerance * Height(line[0]))
            {
                line.Add(word);
            }
            else
            {
                lines.Add([word]);
            }
        }

        return string.Join('\n', lines.Select(Format));
    }

    private static string Format(List<Word> line)
    {
        line.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        var text = new StringBuilder(line[0].Text);
        var cells = 1;
        for (var i = 1; i < line.Count; i++)
        {
            var gap = line[i].BoundingBox.Left - line[i - 1].BoundingBox.Right;
            var height = Math.Max(Height(line[i]), Height(line[i - 1]));
            if (gap > CellGap * height)
            {
                text.Append(" | ");
                cells++;
            }
            else if (gap > WordGap * height)
            {
                text.Append(' ');
            }

            text.Append(line[i].Text);
        }

        // Rows of several cells end with a bar, like the web's flattened rows.
        return cells > 1 ? text.Append(" |").ToString() : text.ToString();
    }

    private static double Baseline(Word word) => word.Letters.Count > 0 ? word.Letters[0].StartBaseLine.Y : word.BoundingBox.Bottom;

    private static double Height(Word word)
    {
        var size = word.Letters.Count > 0 ? word.Letters[0].PointSize : 0;
        return size > 0 ? size : Math.Max(word.BoundingBox.Height, 1);
    }
}
