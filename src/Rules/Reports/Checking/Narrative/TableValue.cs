namespace ComplianceFns.Rules.Reports.Checking.Narrative;

/// <summary>A table value for a narrative check, or what is missing (in Chinese) so the check is 不可判定.</summary>
internal readonly record struct TableValue(decimal? Value, string? Missing)
{
    public static TableValue Of(decimal value) => new(value, null);

    public static TableValue Lacking(string missing) => new(null, missing);

    public static TableValue operator +(TableValue a, TableValue b) =>
        a.Missing is not null ? a : b.Missing is not null ? b : Of(a.Value!.Value + b.Value!.Value);
}
