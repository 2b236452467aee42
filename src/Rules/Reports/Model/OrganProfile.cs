namespace ComplianceFns.Rules.Reports.Model;

/// <summary>Administrative level of the reporting organ (docs/domain/annual-reports.md §6 F, §3.2 rule-making power).</summary>
public enum OrganLevel
{
    Unknown = 0,
    StateCouncilDepartment,
    Province,
    PrefectureCity,
    County,
    Township,
}

/// <summary>A people's government reporting on itself, or one of its departments/offices.</summary>
public enum OrganKind
{
    Unknown = 0,
    Government,
    Department,
}

/// <summary>What the checks need to know about the organ; configured, or inferred from the name when not.</summary>
public sealed record OrganProfile(string Name, OrganLevel Level, OrganKind Kind)
{
    /// <summary>What the profile was inferred from ("机关名称“原村乡”", "正文自称“我镇”"); null when configured.</summary>
    public string? InferredFrom { get; init; }
}
