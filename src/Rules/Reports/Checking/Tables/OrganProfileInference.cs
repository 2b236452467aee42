using System.Text.RegularExpressions;
using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Checking.Tables;

/// <summary>
/// The organ profile a check uses: the configured one, else one inferred from the organ's name: 乡/镇/街道/苏木 →
/// township; 县/区/旗 → county; 北京市/天津市/上海市/重庆市, 省, 自治区 → province; 自治州 → prefecture; a
/// 局/办/委… ending → a department of that level, while a government's general office (人民政府办公厅/办公室) reports
/// for the government itself. A name that does not settle the level (高平市: a county-level city looks like a
/// prefecture city) gives none, so the check says 不可判定. An inferred profile names its source
/// (<see cref="OrganProfile.InferredFrom"/>) so a finding can say how the level was known.
/// </summary>
public static partial class OrganProfileInference
{
    private static readonly string[] Municipalities = ["北京市", "天津市", "上海市", "重庆市"];

    public static OrganProfile? Resolve(ReportCheckContext context) =>
        context.Organ is { Level: not OrganLevel.Unknown } configured ? configured
            : Infer(context.Report.Organ ?? context.Organ?.Name) ?? FromSelfReference(context.Report);

    /// <summary>
    /// With no name to go by, how the text speaks of its organ: "我镇", "本乡", "我街道" only ever mean a township or
    /// street office. Any other self-reference ("我局", "我县", "我区") leaves the level open.
    /// </summary>
    public static OrganProfile? FromSelfReference(AnnualReport report)
    {
        var text = report.Preamble + string.Concat(report.Sections.Select(s => s.Body));
        var township = TownshipSelf().Matches(text);
        if (township.Count == 0 || OtherSelf().IsMatch(text))
        {
            return null;
        }

        var word = township[0].Value;
        return new OrganProfile(word, OrganLevel.Township, OrganKind.Government) { InferredFrom = $"正文自称“{word}”" };
    }

    public static OrganProfile? Infer(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var n = string.Concat(name.Where(c => !char.IsWhiteSpace(c)));
        var level = LevelOf(n);
        if (level == OrganLevel.Unknown)
        {
            return null;
        }

        var kind = level == OrganLevel.Township || GeneralOffice().IsMatch(n) || Government().IsMatch(n) ? OrganKind.Government
            : Department().IsMatch(n) ? OrganKind.Department
            : OrganKind.Government;
        if (level == OrganLevel.PrefectureCity && kind == OrganKind.Government && !n.Contains("自治州", StringComparison.Ordinal))
        {
            // "某市人民政府": a 设区的市 or a county-level city; only a department's 市 is taken as the former.
            return null;
        }

        return new OrganProfile(name, level, kind) { InferredFrom = $"机关名称“{name}”" };
    }

    private static OrganLevel LevelOf(string n)
    {
        if (Township().IsMatch(n))
        {
            return OrganLevel.Township;
        }

        if (County().IsMatch(n))
        {
            return OrganLevel.County;
        }

        if (Municipalities.Any(m => n.StartsWith(m, StringComparison.Ordinal)))
        {
            return OrganLevel.Province;
        }

        if (n.Contains('市', StringComparison.Ordinal) || n.Contains("自治州", StringComparison.Ordinal))
        {
            return OrganLevel.PrefectureCity;
        }

        if (n.Contains('省', StringComparison.Ordinal) || n.Contains("自治区", StringComparison.Ordinal))
        {
            return OrganLevel.Province;
        }

        return Department().IsMatch(n) && (n.StartsWith("国家", StringComparison.Ordinal) || n.StartsWith("中国", StringComparison.Ordinal) || StateCouncil().IsMatch(n))
            ? OrganLevel.StateCouncilDepartment
            : OrganLevel.Unknown;
    }

    [GeneratedRegex("(?:我|本)(?:镇|乡|街道|苏木)(?![长区])")]
    private static partial Regex TownshipSelf();

    [GeneratedRegex("(?:我|本)(?:局|委|办|县|区|市|省|旗|厅|中心|院)(?![长])")]
    private static partial Regex OtherSelf();

    [GeneratedRegex("(乡|镇|街道|苏木)(人民政府|政府|办事处|党政办公室|党政办)?$|街道办事处|街道工作委员会|乡人民政府|镇人民政府|苏木人民政府")]
    private static partial Regex Township();

    [GeneratedRegex("(?<![地社治小园景校])区|县|旗")]
    private static partial Regex County();

    [GeneratedRegex("(人民政府|政府)$")]
    private static partial Regex Government();

    /// <summary>The government's general office compiles and publishes the government's own report.</summary>
    [GeneratedRegex("(人民政府|政府)(办公厅|办公室)$")]
    private static partial Regex GeneralOffice();

    [GeneratedRegex("(局|办|办公室|委|委员会|中心|室|所|院|处|站|队|厅|部|署|会)$")]
    private static partial Regex Department();

    [GeneratedRegex("(部|总局|署)$")]
    private static partial Regex StateCouncil();
}
