namespace ComplianceFns.Rules.Reports.Model;

/// <summary>
/// Table 三's fixed shape (docs/domain/annual-reports.md §3.3): 7 numeric columns, 25 rows (2021) or 23 rows (2019 trial).
/// Row keys are the ones findings use in <c>row</c>.
/// </summary>
public static class Table3Layout
{
    public const string Natural = "自然人";
    public const string Total = "总计";

    /// <summary>Columns in printed order: 自然人, the five 法人或其他组织 columns, 总计.</summary>
    public static IReadOnlyList<string> Columns { get; } = [Natural, "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", Total];

    public const int ColumnCount = 7;

    /// <summary>Index of 总计 in <see cref="Columns"/>.</summary>
    public const int TotalColumn = 6;

    public const string NewRow = "一";
    public const string CarriedInRow = "二";
    public const string OutcomeTotalRow = "三(七)";
    public const string CarriedOutRow = "四";

    /// <summary>Outcome rows summed into 三(七), 2021 format (the three (六) sub-rows).</summary>
    public static IReadOnlyList<string> OutcomeRows2021 { get; } =
    [
        "三(一)", "三(二)",
        "三(三)1", "三(三)2", "三(三)3", "三(三)4", "三(三)5", "三(三)6", "三(三)7", "三(三)8",
        "三(四)1", "三(四)2", "三(四)3",
        "三(五)1", "三(五)2", "三(五)3", "三(五)4", "三(五)5",
        "三(六)1", "三(六)2", "三(六)3",
    ];

    /// <summary>Outcome rows, 2019 trial format (a single (六) row).</summary>
    public static IReadOnlyList<string> OutcomeRows2019 { get; } =
        [.. OutcomeRows2021.Where(k => !k.StartsWith("三(六)", StringComparison.Ordinal)), "三(六)"];

    public static IReadOnlyList<string> Rows(ReportFormat format) => format == ReportFormat.Trial2019
        ? [NewRow, CarriedInRow, .. OutcomeRows2019, OutcomeTotalRow, CarriedOutRow]
        : [NewRow, CarriedInRow, .. OutcomeRows2021, OutcomeTotalRow, CarriedOutRow];

    /// <summary>The outcome groups whose sub-totals narrative checks compare (N-OUT), by group key.</summary>
    public static IReadOnlyList<string> OutcomeGroups { get; } = ["三(一)", "三(二)", "三(三)", "三(四)", "三(五)", "三(六)"];

    /// <summary>Canonical printed labels, full-width brackets (§3.3), for messages and S-LABEL.</summary>
    public static IReadOnlyDictionary<string, string> CanonicalLabels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["一"] = "一、本年新收政府信息公开申请数量",
        ["二"] = "二、上年结转政府信息公开申请数量",
        ["三(一)"] = "（一）予以公开",
        ["三(二)"] = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        ["三(三)1"] = "1.属于国家秘密",
        ["三(三)2"] = "2.其他法律行政法规禁止公开",
        ["三(三)3"] = "3.危及“三安全一稳定”",
        ["三(三)4"] = "4.保护第三方合法权益",
        ["三(三)5"] = "5.属于三类内部事务信息",
        ["三(三)6"] = "6.属于四类过程性信息",
        ["三(三)7"] = "7.属于行政执法案卷",
        ["三(三)8"] = "8.属于行政查询事项",
        ["三(四)1"] = "1.本机关不掌握相关政府信息",
        ["三(四)2"] = "2.没有现成信息需要另行制作",
        ["三(四)3"] = "3.补正后申请内容仍不明确",
        ["三(五)1"] = "1.信访举报投诉类申请",
        ["三(五)2"] = "2.重复申请",
        ["三(五)3"] = "3.要求提供公开出版物",
        ["三(五)4"] = "4.无正当理由大量反复申请",
        ["三(五)5"] = "5.要求行政机关确认或重新出具已获取信息",
        ["三(六)1"] = "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        ["三(六)2"] = "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        ["三(六)3"] = "3.其他",
        ["三(六)"] = "（六）其他处理",
        ["三(七)"] = "（七）总计",
        ["四"] = "四、结转下年度继续办理",
    };

    /// <summary>The group label printed before a sub-row ("（三）不予公开"), for messages: "（三）不予公开—1.属于国家秘密".</summary>
    public static IReadOnlyDictionary<string, string> GroupLabels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["三(三)"] = "（三）不予公开",
        ["三(四)"] = "（四）无法提供",
        ["三(五)"] = "（五）不予处理",
        ["三(六)"] = "（六）其他处理",
    };

    /// <summary>The label a message uses for a row key, e.g. "（四）无法提供—1.本机关不掌握相关政府信息".</summary>
    public static string DisplayLabel(string rowKey)
    {
        var label = CanonicalLabels.TryGetValue(rowKey, out var l) ? l : rowKey;
        if (rowKey.Length > 4 && GroupLabels.TryGetValue(rowKey[..4], out var group))
        {
            return $"{group}—{label}";
        }

        return label;
    }
}
