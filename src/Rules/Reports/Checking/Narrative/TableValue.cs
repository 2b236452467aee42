namespace ComplianceFns.Rules.Reports.Checking.Narrative;

/// <summary>A table value for a narrative check, or what is missing (in Chinese) so the check is 不可判定.</summary>
internal readonly record struct TableValue(decimal? Value, string? Missing)
{
    public static TableValue Of(decimal value) => new(value, null);

    public static TableValue Lacking(string missing) => new(null, missing);

    public static TableValue operator +(TableValue a, TableValue b) =>
        a.Missing is not null ? a : b.Missing is not null ? b
            : Of(a.Value!.Value + b.Value!.Value) with { FromApplicantColumns = a.FromApplicantColumns || b.FromApplicantColumns };

    /// <summary>True when a row's 总计 was left blank and its applicant columns were summed instead.</summary>
    public bool FromApplicantColumns { get; init; }

    /// <summary>What a message adds when <see cref="FromApplicantColumns"/>: the total shown is not the printed one.</summary>
    public string Note => FromApplicantColumns ? "（“总计”列未填，按各类申请人合计）" : string.Empty;
}
