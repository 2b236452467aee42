namespace ComplianceFns.Rules.Reports.Reading;

/// <summary>
/// One cell of a flattened table: its text as printed, the 1-based line, and whether it reads as a value.
/// <see cref="IsTrailingBlank"/> marks an empty cell at the end of a multi-cell "a | b | " row: a blank last cell
/// (总计 left empty) or merged-cell debris ("| ||"). Only a row reader knows which, by the row's expected width.
/// </summary>
internal readonly record struct TableToken(string Text, int Line, bool IsValue, bool IsTrailingBlank = false);
