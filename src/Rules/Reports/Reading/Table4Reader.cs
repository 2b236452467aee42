using System.Text.RegularExpressions;
using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Reading;

/// <summary>
/// Reads table 四 (docs/domain/annual-reports.md §7.3): its header is mostly lost in flattening, so after the heading the first
/// run of exactly 15 consecutive values is the table. A longer run is kept whole unless one line of it holds exactly
/// 15 values; a shorter one, the longest, is kept too (T4-COUNT names either).
/// </summary>
internal static partial class Table4Reader
{
    private const int MinimumRun = 3;

    public static Table4? Read(IReadOnlyList<string> lines, TableRegion region)
    {
        if (region.IsEmpty)
        {
            return null;
        }

        // A PDF page footer ("- 3 -", "第3页", "3/5") between heading and data is no cell.
        var tokens = WithTrailingBlanksPlaced(TableTokenizer.Tokenize(lines, region.Start, region.End)
            .Where(t => !PageNumber().IsMatch(lines[t.Line - 1]))
            .ToList());
        var best = (Start: 0, Length: 0);
        var anyValue = false;
        foreach (var (runStart, runLength) in Runs(tokens))
        {
            anyValue = true;
            if (runLength < Table4.ValueCount)
            {
                best = runLength > best.Length ? (runStart, runLength) : best;
                continue;
            }

            // Exactly 15 values is the table. A longer run is the table only when one line holds exactly 15 of them
            // (a stray page number on its own line before the data); otherwise the extra values cannot be placed and
            // the whole run is kept, so T4-COUNT names the count and nothing is computed from shifted columns.
            best = runLength == Table4.ValueCount ? (runStart, runLength) : WholeLineOf15(tokens, runStart, runLength) ?? (runStart, runLength);
            break;
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

    /// <summary>
    /// Trailing blank cells ("0 | 0 | 0 | " with 总计 left empty) are cells only where they make a run of values
    /// exactly 15 long; elsewhere they are merged-cell debris and dropped.
    /// </summary>
    private static List<TableToken> WithTrailingBlanksPlaced(List<TableToken> tokens)
    {
        var result = new List<TableToken>(tokens.Count);
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsValue && !tokens[i].IsTrailingBlank)
            {
                result.Add(tokens[i++]);
                continue;
            }

            var end = i;
            while (end < tokens.Count && (tokens[end].IsValue || tokens[end].IsTrailingBlank))
            {
                end++;
            }

            var run = tokens.GetRange(i, end - i);
            var keepBlanks = run.Count == Table4.ValueCount && run.Any(t => t.IsValue);
            result.AddRange(keepBlanks
                ? run.Select(t => t.IsTrailingBlank ? t with { IsValue = true, IsTrailingBlank = false } : t)
                : run.Where(t => t.IsValue));
            i = end;
        }

        return result;
    }

    /// <summary>Runs of consecutive value tokens, as (start, length), in order.</summary>
    private static IEnumerable<(int Start, int Length)> Runs(List<TableToken> tokens)
    {
        var start = -1;
        for (var i = 0; i <= tokens.Count; i++)
        {
            var isValue = i < tokens.Count && tokens[i].IsValue;
            if (isValue && start < 0)
            {
                start = i;
            }
            else if (!isValue && start >= 0)
            {
                yield return (start, i - start);
                start = -1;
            }
        }
    }

    /// <summary>The tokens of the one line of the run holding exactly 15 of its values, if there is such a line.</summary>
    private static (int Start, int Length)? WholeLineOf15(List<TableToken> tokens, int start, int length)
    {
        (int, int)? found = null;
        for (var i = start; i < start + length;)
        {
            var end = i;
            while (end < start + length && tokens[end].Line == tokens[i].Line)
            {
                end++;
            }

            if (end - i == Table4.ValueCount)
            {
                if (found is not null)
                {
                    return null;
                }

                found = (i, Table4.ValueCount);
            }

            i = end;
        }

        return found;
    }

    [GeneratedRegex(@"^\s*(?:[-—－–]\s*[0-9]{1,4}\s*[-—－–]|第\s*[0-9]{1,4}\s*页(?:\s*[,，]?\s*共\s*[0-9]{1,4}\s*页)?|[0-9]{1,4}\s*/\s*[0-9]{1,4})\s*$")]
    private static partial Regex PageNumber();

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
