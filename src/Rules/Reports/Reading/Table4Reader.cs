using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Reading;

/// <summary>
/// Reads table 四 (annual-reports.md §7.3): its header is mostly lost in flattening, so after the heading the first
/// run of 15 consecutive values is the table. Without such a run, the longest run read is kept (T4-COUNT names it).
/// </summary>
internal static class Table4Reader
{
    private const int MinimumRun = 3;

    public static Table4? Read(IReadOnlyList<string> lines, TableRegion region)
    {
        if (region.IsEmpty)
        {
            return null;
        }

        var tokens = TableTokenizer.Tokenize(lines, region.Start, region.End);
        var best = (Start: 0, Length: 0);
        var runStart = 0;
        var runLength = 0;
        var anyValue = false;
        for (var i = 0; i <= tokens.Count; i++)
        {
            if (i < tokens.Count && tokens[i].IsValue)
            {
                if (runLength == 0)
                {
                    runStart = i;
                }

                runLength++;
                anyValue = true;
                if (runLength == Table4.ValueCount)
                {
                    best = (runStart, runLength);
                    break;
                }

                continue;
            }

            if (runLength > best.Length)
            {
                best = (runStart, runLength);
            }

            runLength = 0;
        }

        if (best.Length >= MinimumRun)
        {
            var values = tokens.Skip(best.Start).Take(best.Length)
                .Select(t => CellReader.Read(t.Text, t.Line, amount: false) ?? new CellValue(t.Text, null, CellKind.Unreadable, t.Line))
                .ToArray();
            return new Table4(values, values[0].Line);
        }

        // Headings present and the copy goes on past the table, but no value in it: printed and left empty
        // (2019-xiongxian-township). 15 blank cells let S-FILLED see the unfilled table.
        var headerLine = HeaderLine(lines, region);
        if (region.Closed && !anyValue && headerLine is { } line)
        {
            return new Table4([.. Enumerable.Range(0, Table4.ValueCount).Select(_ => new CellValue(string.Empty, null, CellKind.Blank, line))], line);
        }

        return null;
    }

    /// <summary>The first line (1-based) that prints table 四's column words, proving the table was on the page.</summary>
    private static int? HeaderLine(IReadOnlyList<string> lines, TableRegion region)
    {
        for (var i = region.Start; i < region.End; i++)
        {
            var key = TextFolding.MatchKey(lines[i]);
            if (key.Length < 40 && (key.Contains("行政复议", StringComparison.Ordinal) || key.Contains("结果维持", StringComparison.Ordinal)))
            {
                return i + 1;
            }
        }

        return null;
    }
}
