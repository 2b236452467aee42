namespace ComplianceFns.Rules.Reports.Reading;

/// <summary>One cell of a flattened table: its text as printed, the 1-based line, and whether it reads as a value.</summary>
internal readonly record struct TableToken(string Text, int Line, bool IsValue);
