using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Reading;

/// <summary>
/// Reads table 三 from the cell stream, anchored on its row labels (docs/domain/annual-reports.md §7.1–§7.4, §7.9). Columns are
/// placed by count and order; only rows whose labels were seen exist in the result.
/// </summary>
internal static class Table3Reader
{
    /// <summary>Wrapped label text longer than this is narrative, not the rest of a label.</summary>
    private const int MaxContinuation = 60;

    public static Table3? Read(IReadOnlyList<string> lines, TableRegion region, List<string> notes)
    {
        if (region.IsEmpty)
        {
            return null;
        }

        var tokens = TableTokenizer.Tokenize(lines, region.Start, region.End);
        var rows = new Dictionary<string, Table3Row>(StringComparer.Ordinal);
        var order = new List<string>();
        var repeats = new List<Table3Row>();
        var groupLabels = new List<Table3GroupLabel>();
        string? group = null;
        PendingRow? pending = null;
        foreach (var token in tokens)
        {
            if (token.IsValue)
            {
                pending?.Values.Add(token);
                pending?.TrailingBlanks = 0;
                continue;
            }

            if (token.IsTrailingBlank)
            {
                pending?.TrailingBlanks += 1;
                continue;
            }

            var label = Table3Label.Match(token.Text, group);
            if (label is null)
            {
                if (pending is { Values.Count: 0 } && token.Text.Length <= MaxContinuation)
                {
                    pending.Label += token.Text;
                    continue;
                }

                Close(pending, Closer.Text, null, rows, order, notes, repeats);
                pending = null;
                continue;
            }

            Close(pending, Closer.Label, label, rows, order, notes, repeats);
            pending = null;
            if (label.Role != Table3LabelRole.Row && label.Key != "三" && !groupLabels.Exists(g => g.Key == label.Key))
            {
                groupLabels.Add(new Table3GroupLabel(label.Key, token.Text, token.Line));
            }

            switch (label.Role)
            {
                case Table3LabelRole.Group:
                    group = label.Key;
                    break;
                case Table3LabelRole.RowOrGroup:
                    group = label.Key;
                    pending = new PendingRow(label, token.Text, token.Line);
                    break;
                default:
                    group = label.Group;
                    pending = new PendingRow(label, token.Text, token.Line);
                    break;
            }
        }

        Close(pending, region.Closed ? Closer.Heading : Closer.EndOfCopy, null, rows, order, notes, repeats);
        if (rows.Count == 0)
        {
            return null;
        }

        var remapped = RemapTotalFirst(rows, order);
        if (remapped)
        {
            notes.Add("表三“总计”列印在首列，已按首列为“总计”重新对应各列");
        }

        // （六）其他处理 read as a row (the 2019 layout) is checked as a row, not as a group label.
        groupLabels.RemoveAll(g => rows.ContainsKey(g.Key));
        return new Table3(rows, rows[order[0]].Line) { TotalFirstRemapped = remapped, Repeats = repeats, GroupLabels = groupLabels };
    }

    private enum Closer
    {
        Label,
        Text,
        Heading,
        EndOfCopy,
    }

    private sealed class PendingRow(Table3Label label, string text, int line)
    {
        public Table3Label Definition { get; } = label;

        public string Label { get; set; } = text;

        public int Line { get; } = line;

        public List<TableToken> Values { get; } = [];

        /// <summary>Empty cells at the end of the row's line after its last value ("… | 1 | 1 | ").</summary>
        public int TrailingBlanks { get; set; }
    }

    private static void Close(PendingRow? row, Closer closer, Table3Label? next, Dictionary<string, Table3Row> rows, List<string> order, List<string> notes, List<Table3Row> repeats)
    {
        if (row is null)
        {
            return;
        }

        var key = row.Definition.Key;
        if (rows.TryGetValue(key, out var earlier) && earlier.IsResolved && !repeats.Exists(r => r.Key == key) && row.Values.Count != Table3Layout.ColumnCount)
        {
            // The row was read; a later mention that cannot be placed adds nothing.
            return;
        }

        Table3Row? result;
        if (row.Values.Count == 0)
        {
            // （六）其他处理 followed by its numbered sub-rows is the 2021 group label, not a row.
            if (row.Definition.Role == Table3LabelRole.RowOrGroup && next?.Group == key)
            {
                return;
            }

            // A label followed by the next label (or a heading) with no value between: the page printed the row and
            // left it empty, as 2019-xiongxian-township does, where empty cells leave no line at all. The row exists
            // with 7 blank cells, so S-FILLED sees an unfilled table and T3-BLANK can name it. A label that ends a cut
            // copy, or is followed by stray text, proves nothing: that row is not available.
            if (closer is Closer.Label or Closer.Heading)
            {
                result = new Table3Row(key, row.Label, Blanks(Table3Layout.ColumnCount, row.Line), IsResolved: true, row.Line);
            }
            else
            {
                return;
            }
        }
        else
        {
            var values = row.Values.Select(v => ReadCell(v)).ToArray();
            if (values.Length < Table3Layout.ColumnCount && values.Length + row.TrailingBlanks >= Table3Layout.ColumnCount)
            {
                // The row's line ends in empty cells: its last cells were printed and left blank (a blank is a cell,
                // read as 0 and reported as blank); cells beyond the row's width are merged-cell debris.
                values = [.. values, .. Blanks(Table3Layout.ColumnCount - values.Length, values[^1].Line)];
            }

            if (values.Length == Table3Layout.ColumnCount)
            {
                result = new Table3Row(key, row.Label, values, IsResolved: true, row.Line);
            }
            else if (values.Length == 2 && closer != Closer.EndOfCopy && values[0].Kind == CellKind.Number && values[0].Number == values[1].Number && values[1].Kind == CellKind.Number)
            {
                // §7.4: dropped blank cells; {x, x} can only be 自然人 and 总计.
                var placed = Blanks(Table3Layout.ColumnCount, values[0].Line);
                placed[0] = values[0];
                placed[Table3Layout.TotalColumn] = values[1];
                result = new Table3Row(key, row.Label, placed, IsResolved: true, row.Line);
                notes.Add($"表三“{Table3Layout.DisplayLabel(key)}”行只有两个数据，已按“自然人”和“总计”对应");
            }
            else
            {
                result = new Table3Row(key, row.Label, values, IsResolved: false, row.Line);
            }
        }

        if (earlier is null)
        {
            rows[key] = result;
            order.Add(key);
            return;
        }

        // Prose may quote a row label before the table (§7.7): the table's full reading replaces an unplaced one.
        if (!earlier.IsResolved && result.IsResolved && !repeats.Exists(r => r.Key == key))
        {
            rows[key] = result;
            return;
        }

        // The same row printed twice with other values (a repeated line, a second table 三): neither can be trusted,
        // so the row is kept unplaced (the checks needing it are not decidable) and the repeat is kept for T3-ROWS.
        if (earlier.IsResolved && result.IsResolved && !earlier.Values.Select(v => v.Raw).SequenceEqual(result.Values.Select(v => v.Raw)))
        {
            rows[key] = earlier with { IsResolved = false };
            repeats.Add(result);
        }
    }

    private static CellValue ReadCell(TableToken token) =>
        CellReader.Read(token.Text, token.Line, amount: false) ?? new CellValue(token.Text, null, CellKind.Unreadable, token.Line);

    private static CellValue[] Blanks(int count, int line) =>
        [.. Enumerable.Range(0, count).Select(_ => new CellValue(string.Empty, null, CellKind.Blank, line))];

    /// <summary>
    /// §7.9: the column order 自然人…总计 holds when a row's last value is the sum of the others. When rows instead
    /// have the first value as the sum of the rest (and none confirms the usual order), the table prints 总计 first.
    /// </summary>
    private static bool RemapTotalFirst(Dictionary<string, Table3Row> rows, List<string> order)
    {
        var totalFirst = 0;
        var totalLast = 0;
        foreach (var row in rows.Values)
        {
            if (!row.IsResolved || row.Values.Any(v => v.Kind != CellKind.Number))
            {
                continue;
            }

            var numbers = row.Values.Select(v => v.Number!.Value).ToArray();
            var first = numbers[0] == numbers.Skip(1).Sum();
            var last = numbers[^1] == numbers.Take(numbers.Length - 1).Sum();
            if (first && !last)
            {
                totalFirst++;
            }
            else if (last && !first)
            {
                totalLast++;
            }
        }

        if (totalFirst == 0 || totalLast > 0)
        {
            return false;
        }

        foreach (var key in order)
        {
            var row = rows[key];
            if (row.IsResolved)
            {
                CellValue[] moved = [.. row.Values.Skip(1), row.Values[0]];
                rows[key] = row with { Values = moved };
            }
        }

        return true;
    }
}
