using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Reports.Text;

namespace ComplianceFns.Rules.Reports.Reading;

/// <summary>
/// Reads table 二 from the cell stream, anchored on its row labels (docs/domain/annual-reports.md §3.1, §3.2, §7.1, §7.6). Rows
/// are read first and given their columns once the format is known (<see cref="Place"/>), because the row labels
/// themselves are format signals.
/// </summary>
internal static class Table2Reader
{
    private const string Normative = "规范性文件";
    private const int MaxContinuation = 60;
    private const int MaxExtraLabel = 20;

    // Row identities; both spellings of the normative-documents row are one row, keyed per format when placed.
    private static readonly string[] Labels =
    [
        Table2Layout.Regulations, Table2Layout.NormativeDocs2021, Table2Layout.NormativeDocs2019, Table2Layout.Licensing,
        Table2Layout.OtherServices, Table2Layout.Penalty, Table2Layout.Enforcement, Table2Layout.Fees, Table2Layout.Procurement,
    ];

    private static readonly string[] HeaderWords = ["信息内容", "数量", "件数", "金额", "增/减", "本年新", "上一年", "对外公开"];

    /// <summary>A row as read, before its columns are known.</summary>
    internal sealed class RawRow(string identity, string label, int line, bool extra)
    {
        public string Identity { get; } = identity;

        public string Label { get; set; } = label;

        public int Line { get; } = line;

        public bool Extra { get; } = extra;

        public List<TableToken> Values { get; } = [];

        /// <summary>Empty cells at the end of the row's line after its last value ("规章 | 0 | 0 | ").</summary>
        public int TrailingBlanks { get; set; }

        /// <summary>True when a following label or heading proves the row's missing cells are empty, not cut off.</summary>
        public bool Closed { get; set; }

        /// <summary>The printed normative label: 规范性文件 (trial) or 行政规范性文件 (2021).</summary>
        public string Printed { get; init; } = identity;
    }

    public static List<RawRow> ReadRows(IReadOnlyList<string> lines, TableRegion region)
    {
        var rows = new List<RawRow>();
        if (region.IsEmpty)
        {
            return rows;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        RawRow? current = null;
        TableToken? unknown = null;
        var blockSeen = false;
        foreach (var token in TableTokenizer.Tokenize(lines, region.Start, region.End))
        {
            if (token.IsTrailingBlank)
            {
                current?.TrailingBlanks += 1;
                continue;
            }

            if (token.IsValue)
            {
                current?.TrailingBlanks = 0;
                if (current is null && unknown is { } label && blockSeen)
                {
                    // A row the layout does not know ("其他主动公开文件"): kept as an extra row (reported as I).
                    var core = LabelForm.Parse(TextFolding.MatchKey(label.Text)).Core;
                    if (core.Length is > 0 and <= MaxExtraLabel)
                    {
                        current = new RawRow(core, label.Text, label.Line, extra: true);
                        rows.Add(current);
                    }

                    unknown = null;
                }

                current?.Values.Add(token);
                continue;
            }

            var key = TextFolding.MatchKey(token.Text);
            var identity = Match(key, out var printed);
            if (identity is not null)
            {
                Close(current, closed: true);
                unknown = null;
                current = seen.Add(identity) ? new RawRow(identity, token.Text, token.Line, extra: false) { Printed = printed! } : null;
                if (current is not null)
                {
                    rows.Add(current);
                }

                continue;
            }

            if (key.StartsWith("第二十条", StringComparison.Ordinal) || HeaderWords.Any(w => key.Contains(w, StringComparison.Ordinal)))
            {
                blockSeen |= key.StartsWith("第二十条", StringComparison.Ordinal);
                Close(current, closed: true);
                current = null;
                unknown = null;
                continue;
            }

            if (current is { Values.Count: 0 } && token.Text.Length <= MaxContinuation)
            {
                current.Label += token.Text;
                continue;
            }

            current = null;
            unknown = token;
        }

        Close(current, region.Closed);
        return rows;
    }

    /// <summary>Gives each row its columns for the format; rows a format does not have become extra rows.</summary>
    public static Table2? Place(List<RawRow> rawRows, ReportFormat format)
    {
        if (rawRows.Count == 0)
        {
            return null;
        }

        var layout = Table2Layout.Rows(format == ReportFormat.Trial2019 ? ReportFormat.Trial2019 : ReportFormat.Format2021);
        var rows = new Dictionary<string, Table2Row>(StringComparer.Ordinal);
        var extra = new List<Table2Row>();
        IReadOnlyList<string> lastColumns = [];
        foreach (var raw in rawRows)
        {
            var rowKey = raw.Identity == Normative ? (format == ReportFormat.Trial2019 ? Table2Layout.NormativeDocs2019 : Table2Layout.NormativeDocs2021) : raw.Identity;
            var definition = layout.FirstOrDefault(r => r.Row == rowKey);
            if (definition.Row is not null && !raw.Extra)
            {
                lastColumns = definition.Columns;
                rows[rowKey] = new Table2Row(rowKey, raw.Label, Cells(raw, definition.Columns), raw.Line);
            }
            else
            {
                var columns = raw.Extra && lastColumns.Count > 0 ? lastColumns : GenericColumns(raw.Values.Count);
                extra.Add(new Table2Row(rowKey, raw.Label, Cells(raw, columns), raw.Line));
            }
        }

        return new Table2(rows, rawRows[0].Line) { ExtraRows = extra };
    }

    private static List<KeyValuePair<string, CellValue>> Cells(RawRow raw, IReadOnlyList<string> columns)
    {
        var cells = new List<KeyValuePair<string, CellValue>>(columns.Count);
        for (var i = 0; i < columns.Count; i++)
        {
            CellValue cell;
            if (i < raw.Values.Count)
            {
                var token = raw.Values[i];
                cell = CellReader.Read(token.Text, token.Line, Table2Layout.IsAmount(columns[i])) ?? new CellValue(token.Text, null, CellKind.Unreadable, token.Line);
            }
            else if (raw.Closed || i < raw.Values.Count + raw.TrailingBlanks)
            {
                // The row was followed by another label or heading: its missing cells were printed empty. In a
                // one-cell-per-line copy the position of the few values that exist cannot be proven; they keep
                // their printed order.
                cell = new CellValue(string.Empty, null, CellKind.Blank, raw.Line);
            }
            else
            {
                break;
            }

            cells.Add(new(columns[i], cell));
        }

        return cells;
    }

    private static string[] GenericColumns(int count) => [.. Enumerable.Range(1, Math.Max(count, 1)).Select(i => $"第{i}列")];

    private static void Close(RawRow? row, bool closed)
    {
        if (row is not null)
        {
            row.Closed = closed;
        }
    }

    /// <summary>The row identity of a label (instruction text in brackets tolerated; typos within edit distance).</summary>
    private static string? Match(string key, out string? printed)
    {
        printed = null;
        var core = LabelForm.Parse(key).Core;
        if (core.Length == 0 || core.Length > 40)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var label in Labels)
        {
            var tolerance = EditDistance.Tolerance(label.Length);
            var distance = core == label ? 0 : EditDistance.Within(core, label, tolerance);
            if (distance > tolerance)
            {
                continue;
            }

            if (distance < bestDistance)
            {
                (best, bestDistance, tie) = (label, distance, false);
            }
            else if (distance == bestDistance)
            {
                tie = true;
            }
        }

        if (best is null || tie)
        {
            return null;
        }

        printed = best;
        return best is Table2Layout.NormativeDocs2021 or Table2Layout.NormativeDocs2019 ? Normative : best;
    }
}
