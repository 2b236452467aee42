using System.Text.RegularExpressions;
using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Checking.Tables;

/// <summary>
/// The organ profile a check uses: the configured one, else one inferred from the organ's name (乡/镇/街道 → township,
/// 县/区 → county, with a 局/办/委… ending → a department of it). A name that does not settle the level (上海市,
/// 高平市: a county-level city looks like a prefecture city) gives none, so the check says 不可判定.
/// </summary>
public static partial class OrganProfileInference
{
    public static OrganProfile? Resolve(ReportCheckContext context) =>
        context.Organ is { Level: not OrganLevel.Unknown } configured ? configured : Infer(context.Report.Organ ?? context.Organ?.Name);

    public static OrganProfile? Infer(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var n = string.Concat(name.Where(c => !char.IsWhiteSpace(c)));
        if (Township().IsMatch(n))
        {
            return new OrganProfile(name, OrganLevel.Township, OrganKind.Government);
        }

        var kind = Government().IsMatch(n) ? OrganKind.Government : Department().IsMatch(n) ? OrganKind.Department : OrganKind.Government;
        if (County().IsMatch(n))
        {
            return new OrganProfile(name, OrganLevel.County, kind);
        }

        if (n.Contains('市', StringComparison.Ordinal))
        {
            return kind == OrganKind.Department ? new OrganProfile(name, OrganLevel.PrefectureCity, kind) : null;
        }

        if (n.Contains('省', StringComparison.Ordinal) || n.Contains("自治区", StringComparison.Ordinal))
        {
            return new OrganProfile(name, OrganLevel.Province, kind);
        }

        if (kind == OrganKind.Department && (n.StartsWith("国家", StringComparison.Ordinal) || StateCouncil().IsMatch(n)))
        {
            return new OrganProfile(name, OrganLevel.StateCouncilDepartment, kind);
        }

        return null;
    }

    [GeneratedRegex("(乡|镇|街道)(人民政府|政府|办事处|党政办公室|党政办)?$|街道办事处|乡人民政府|镇人民政府")]
    private static partial Regex Township();

    [GeneratedRegex("(?<![地社治])区|县|旗")]
    private static partial Regex County();

    [GeneratedRegex("(人民政府|政府)$")]
    private static partial Regex Government();

    [GeneratedRegex("(局|办|办公室|委|委员会|中心|室|所|院|处|站|队|厅|部|署|会)$")]
    private static partial Regex Department();

    [GeneratedRegex("(部|总局|署)$")]
    private static partial Regex StateCouncil();
}
