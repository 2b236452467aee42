namespace ComplianceFns.Rules.Reports.Model;

/// <summary>
/// Table 二 as found: rows keyed by canonical label (规章, 行政规范性文件 or 规范性文件, 行政许可, 其他对外管理服务事项,
/// 行政处罚, 行政强制, 行政事业性收费, 政府集中采购), each with its cells keyed by canonical column header of the
/// detected format (see <see cref="Table2Layout"/>). Missing rows and cells are absent, not zero.
/// </summary>
public sealed record Table2(IReadOnlyDictionary<string, Table2Row> Rows, int Line)
{
    /// <summary>Rows the layout does not know ("其他主动公开文件"): accepted, reported as I.</summary>
    public IReadOnlyList<Table2Row> ExtraRows { get; init; } = [];

    public Table2Row? Row(string key) => Rows.TryGetValue(key, out var row) ? row : null;
}

/// <param name="Key">Canonical row label.</param>
/// <param name="Label">The label as printed.</param>
/// <param name="Cells">Cells by canonical column name, in printed order.</param>
public sealed record Table2Row(string Key, string Label, IReadOnlyList<KeyValuePair<string, CellValue>> Cells, int Line)
{
    public CellValue? Cell(string column)
    {
        foreach (var pair in Cells)
        {
            if (pair.Key == column)
            {
                return pair.Value;
            }
        }

        return null;
    }
}
