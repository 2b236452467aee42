namespace ComplianceFns.Rules.Reports.Model;

/// <summary>
/// Table 三 as found. <see cref="Rows"/> holds only the rows the reader found; a missing row is absent (not zero).
/// </summary>
public sealed record Table3(IReadOnlyDictionary<string, Table3Row> Rows, int Line)
{
    /// <summary>Set when the reader re-mapped a table that prints 总计 first (§7.9); an I note for the admin.</summary>
    public bool TotalFirstRemapped { get; init; }

    /// <summary>
    /// Rows printed a second time with other values (a repeated line, a second table 三). The row in <see cref="Rows"/>
    /// keeps its first reading but is not resolved, so nothing is computed from either reading.
    /// </summary>
    public IReadOnlyList<Table3Row> Repeats { get; init; } = [];

    /// <summary>Group labels as printed ("（三）不予公开", 2021's "（六）其他处理"), in order, for S-LABEL.</summary>
    public IReadOnlyList<Table3GroupLabel> GroupLabels { get; init; } = [];

    public Table3Row? Row(string key) => Rows.TryGetValue(key, out var row) ? row : null;

    /// <summary>The cell of a resolved row, or null when the row was not found or its values could not be placed.</summary>
    public CellValue? Cell(string rowKey, int column) =>
        Row(rowKey) is { IsResolved: true } row ? row.Values[column] : null;
}

/// <summary>
/// One row of table 三. When <see cref="IsResolved"/>, <see cref="Values"/> holds exactly 7 cells in column order.
/// Otherwise the row was found but its values could not be placed (fewer than 7 and not {x, x}; §7.4) and
/// <see cref="Values"/> holds what was read, in order, for the message.
/// </summary>
/// <param name="Key">Row key of <see cref="Table3Layout"/>, e.g. "三(四)1".</param>
/// <param name="Label">The label as printed.</param>
public sealed record Table3Row(string Key, string Label, IReadOnlyList<CellValue> Values, bool IsResolved, int Line);

/// <summary>A printed group label of table 三: its group key ("三(三)"), the text as printed, and the 1-based line.</summary>
public sealed record Table3GroupLabel(string Key, string Printed, int Line);
