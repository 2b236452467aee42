using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Checking.Narrative;

/// <summary>Reads table 三 values for narrative checks; a row that was not found is named, never read as 0.</summary>
internal static class Table3Values
{
    public static TableValue Cell(Table3? table, string rowKey, int column = Table3Layout.TotalColumn)
    {
        var label = $"表三“{Table3Layout.DisplayLabel(rowKey)}”行";
        if (table is null)
        {
            return TableValue.Lacking("未找到表三");
        }

        // An entirely blank table 三 is S-FILLED's finding, not a table of zeros to compare the text with.
        if (table.Rows.Values.All(r => r.Values.All(v => v.Kind == CellKind.Blank)))
        {
            return TableValue.Lacking("表三未填报任何数据（见S-FILLED）");
        }

        var row = table.Row(rowKey);
        if (row is null)
        {
            return TableValue.Lacking($"未找到{label}");
        }

        if (!row.IsResolved)
        {
            return TableValue.Lacking($"{label}的数据无法对应到各列");
        }

        // A blank 总计 beside filled applicant columns (T3-ROW names it): the row's count is their sum, said so.
        if (column == Table3Layout.TotalColumn && row.Values[column].Kind == CellKind.Blank
            && row.Values.Take(Table3Layout.TotalColumn).Any(v => v.Kind == CellKind.Number)
            && row.Values.Take(Table3Layout.TotalColumn).All(v => v.ArithmeticValue is not null || v.Kind == CellKind.Blank))
        {
            return TableValue.Of(row.Values.Take(Table3Layout.TotalColumn).Sum(v => v.ArithmeticValue ?? 0)) with { FromApplicantColumns = true };
        }

        return row.Values[column].ArithmeticValue is { } value
            ? TableValue.Of(value)
            : TableValue.Lacking($"{label}“{Table3Layout.Columns[column]}”列无法识别为数字");
    }

    /// <summary>The sub-total of an outcome group ("三(四)" = (四)1+2+3), total column.</summary>
    public static TableValue Group(Table3? table, ReportFormat format, string group)
    {
        var rows = GroupRows(table, format, group);
        var sum = TableValue.Of(0);
        foreach (var row in rows)
        {
            sum += Cell(table, row);
        }

        return sum;
    }

    public static IReadOnlyList<string> GroupRows(Table3? table, ReportFormat format, string group)
    {
        if (group == "三(六)")
        {
            var trial = format == ReportFormat.Trial2019 || (format == ReportFormat.Unknown && table?.Row("三(六)") is not null);
            return trial ? ["三(六)"] : ["三(六)1", "三(六)2", "三(六)3"];
        }

        return [.. Table3Layout.OutcomeRows2021.Where(k => k == group || (k.StartsWith(group, StringComparison.Ordinal) && k.Length > group.Length))];
    }

    /// <summary>How a group is named in a message: "（四）无法提供", "（一）予以公开".</summary>
    public static string GroupLabel(string group) => group switch
    {
        "三(一)" => "（一）予以公开",
        "三(二)" => "（二）部分公开",
        _ => Table3Layout.GroupLabels[group],
    };
}
