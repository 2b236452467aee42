using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Checking.Tables;

/// <summary>Who may make 规章 (立法法; docs/domain/annual-reports.md §3.2).</summary>
internal enum RuleMakingPower
{
    Unknown = 0,

    /// <summary>State Council departments, governments of provinces and of 设区的市.</summary>
    Has,

    /// <summary>Departments of provincial and 设区的市 governments: no power, but they sometimes list rules they drafted.</summary>
    DraftsOnly,

    /// <summary>Townships, counties, districts and their departments.</summary>
    None,
}

internal static class RuleMakingPowers
{
    public static RuleMakingPower Of(OrganProfile? organ) => organ switch
    {
        null => RuleMakingPower.Unknown,
        { Level: OrganLevel.StateCouncilDepartment } => RuleMakingPower.Has,
        { Level: OrganLevel.Province or OrganLevel.PrefectureCity, Kind: OrganKind.Government } => RuleMakingPower.Has,
        { Level: OrganLevel.Province or OrganLevel.PrefectureCity, Kind: OrganKind.Department } => RuleMakingPower.DraftsOnly,
        { Level: OrganLevel.County or OrganLevel.Township } => RuleMakingPower.None,
        _ => RuleMakingPower.Unknown,
    };

    /// <summary>
    /// The organ as a message names its kind: 乡镇人民政府, 县级人民政府部门 …; an inferred profile says so and from
    /// what ("乡镇人民政府（据机关名称“原村乡”推定）", "（据正文自称“我镇”推定）"), so a wrong inference is visible and can be configured away.
    /// </summary>
    public static string Describe(OrganProfile organ)
    {
        var kind = organ switch
        {
            { Level: OrganLevel.Township } when organ.Name.Contains("街道", StringComparison.Ordinal) => "街道办事处",
            { Level: OrganLevel.Township } => "乡镇人民政府",
            { Level: OrganLevel.County, Kind: OrganKind.Department } => "县级人民政府部门",
            { Level: OrganLevel.County } => "县级人民政府",
            { Level: OrganLevel.PrefectureCity, Kind: OrganKind.Department } => "设区的市人民政府部门",
            { Level: OrganLevel.PrefectureCity } => "设区的市人民政府",
            { Level: OrganLevel.Province, Kind: OrganKind.Department } => "省级人民政府部门",
            { Level: OrganLevel.Province } => "省级人民政府",
            _ => "该机关",
        };
        return organ.InferredFrom is { } basis ? $"{kind}（据{basis}推定）" : kind;
    }
}
