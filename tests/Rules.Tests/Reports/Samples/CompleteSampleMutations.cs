namespace ComplianceFns.Rules.Tests.Reports.Samples;

/// <summary>
/// The catalogue table of the mutation tests: for each rule a single report can break, the edit of the complete
/// sample (2021-tianjin-wuqing-zwfwb.txt) that breaks it. T2-TRIAL is trial-format only, so its edit is on the trial
/// sample 2019-lizhou-hexi.txt (<see cref="TrialMutations"/>). P-* are site level, S-READ is a read failure, and
/// T3-CARRY-Y, N-YOY and T2-STOCK across years need two reports (covered with two texts).
/// </summary>
internal static class CompleteSampleMutations
{
    public const string File = "2021-tianjin-wuqing-zwfwb.txt";

    private const string Row1 = "一、本年新收政府信息公开申请数量 | 174 | 0 | 0 | 0 | 0 | 0 | 174 |";
    private const string Row2 = "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |";
    private const string Row31 = "(一)予以公开 | 67 | 0 | 0 | 0 | 0 | 0 | 67 |";
    private const string Row37 = "(七)总计 | 172 | 0 | 0 | 0 | 0 | 0 | 172 |";
    private const string Table4Data = "4 | 2 | 0 | 0 | 6 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 4 | 4 |";
    private const string Preamble = "根据《中华人民共和国政府信息公开条例》规定";
    private const string Title = "天津市武清区政务服务办2021年政府信息公开工作年度报告";
    private const string Title2019 = "天津市武清区政务服务办2019年政府信息公开工作年度报告";
    private const string Applications = "共受理依申请公开政府信息174件";

    public static IReadOnlyList<TextMutation> All { get; } =
    [
        new("S-TRUNCATED", "the copy cut after table 三 row (三)3") { CutAfter = "3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||" },
        new("S-SECTIONS", "section 五's heading removed", ("五、存在的主要问题及改进情况\n", "")),
        new("S-PARTCOUNT", "the preamble announces five parts", ("编制本报告。", "编制本报告。本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况等五部分组成。")),
        new("S-OVERVIEW", "topic (三)政府信息管理 removed from 总体情况", ("(三)政府信息管理。", "(三)")),
        new("S-FORMAT", "mis-dated: title and period of 2019 over the 2021 layout", (Preamble, Title2019 + "\n" + Preamble), ("从2021年1月1日起至2021年12月31日止", "从2019年1月1日起至2019年12月31日止")),
        new("S-FILLED", "every value of table 四 blank", (Table4Data, "/ | / | / | / | / | / | / | / | / | / | / | / | / | / | / |")),
        new("S-PERIOD", "statistics period of 2020", ("从2021年1月1日起至2021年12月31日止", "从2020年1月1日起至2020年12月31日止")),
        new("S-TITLE", "a garbled title line added", (Preamble, "天津市武清区政务服务办2021年政府信息工开工作年度报告\n" + Preamble)),
        new("S-LABEL", "a typo in a table 三 row label", ("6.属于四类过程性信息", "6.属于四类过成性信息")),
        new("S-FEE-SEC6", "none: §六 “无” of the sample itself"),
        new("T3-COL", "二 上年结转 自然人 and 总计 0 → 1 (the row still sums)", (Row2, "二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |")),
        new("T3-SUM", "(一)予以公开 67 → 66 in 自然人 and 总计 (the row still sums)", (Row31, "(一)予以公开 | 66 | 0 | 0 | 0 | 0 | 0 | 66 |")),
        new("T3-ROW", "(一)予以公开 总计 67 → 68", (Row31, "(一)予以公开 | 67 | 0 | 0 | 0 | 0 | 0 | 68 |")),
        new("T3-NONNEG", "二 上年结转 自然人 0 → -1", (Row2, "二、上年结转政府信息公开申请数量 | -1 | 0 | 0 | 0 | 0 | 0 | 0 |")),
        new("T3-BLANK", "a placeholder in (三)1 科研机构", ("1.属于国家秘密 | 0 | 0 | 0 |", "1.属于国家秘密 | 0 | 0 | / |")),
        new("T3-ROWS", "row (三)7 removed", ("7.属于行政执法案卷 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||\n", "")),
        new("T4-REV", "行政复议 总计 6 → 7", (Table4Data, "4 | 2 | 0 | 0 | 7 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 4 | 4 |")),
        new("T4-LIT1", "未经复议直接起诉 总计 1 → 2", (Table4Data, "4 | 2 | 0 | 0 | 6 | 0 | 0 | 0 | 1 | 2 | 0 | 0 | 0 | 4 | 4 |")),
        new("T4-LIT2", "复议后起诉 总计 4 → 5", (Table4Data, "4 | 2 | 0 | 0 | 6 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 4 | 5 |")),
        new("T4-COUNT", "a placeholder in 行政复议 其他结果", (Table4Data, "4 | 2 | / | 0 | 6 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 4 | 4 |")),
        new("T2-NUM", "行政处罚 若干", ("行政处罚 | 0 |", "行政处罚 | 若干 |")),
        new("T2-REGS", "规章 现行有效 3 for a district office (named by a title line)", (Preamble, Title + "\n" + Preamble), ("规章 | 0 | 0 | 0 |", "规章 | 0 | 0 | 3 |")),
        new("T2-STOCK", "行政规范性文件 本年制发 3, 现行有效 3 → 1", ("行政规范性文件 | 0 | 0 | 0 |", "行政规范性文件 | 3 | 0 | 1 |")),
        new("T2-UNIT", "行政事业性收费 in 元", ("行政事业性收费 | 0 |", "行政事业性收费 | 86000元 |")),
        new("N-APP", "174件 → 175件 in the text", (Applications, "共受理依申请公开政府信息175件")),
        new("N-OUT", "an outcome sentence quoting 不予公开 8件 (表三 (三) is 7)", ("予以答复。", "予以答复。办理结果方面，予以公开67件，不予公开8件。")),
        new("N-CARRY", "“全部办结，无结转” while 四 is 2", ("予以答复。", "予以答复，全部办结，无结转。")),
        new("N-APPTYPE", "“均为自然人申请” while one 商业企业 application is in the table (rows kept consistent)",
            ("受理渠道有当面", "均为自然人申请，受理渠道有当面"),
            (Row1, "一、本年新收政府信息公开申请数量 | 173 | 1 | 0 | 0 | 0 | 0 | 174 |"),
            (Row31, "(一)予以公开 | 66 | 1 | 0 | 0 | 0 | 0 | 67 |"),
            (Row37, "(七)总计 | 171 | 1 | 0 | 0 | 0 | 0 | 172 |")),
        new("N-T4", "“两起结果纠正” → “三起结果纠正” (first mention)", ("累计共出现两起结果纠正", "累计共出现三起结果纠正")),
        new("N-T2", "“制发行政规范性文件2件” while 表二 says 0", ("主动公开各类政府信息6000余条。", "主动公开各类政府信息6000余条，制发行政规范性文件2件。")),
        new("N-SUM", "an itemised list of 951 adding up to 960", ("共发布信息951条,", "共发布信息951条,其中政策解读160条、工作动态800条,")),
        new("N-CONSIST", "the 微信公众号 count restated as 950", ("及时发现和纠正错情。", "及时发现和纠正错情。全年我单位微信公众号共发布信息950条。")),
        new("N-PCT", "“予以公开67件，占50.0%” (67/172 = 39.0%)", ("受理渠道有当面、网络及信函申请。", "受理渠道有当面、网络及信函申请。予以公开67件，占50.0%。")),
        new("N-FEE", "the text mentions a 收费通知, §六 says nothing", ("受理渠道有当面、网络及信函申请。", "受理渠道有当面、网络及信函申请。全年发出收费通知1份。")),
    ];

    public const string TrialFile = "2019-lizhou-hexi.txt";

    /// <summary>Rules only a trial-format report can break, on the trial sample 2019-lizhou-hexi.txt.</summary>
    public static IReadOnlyList<TextMutation> TrialMutations { get; } =
    [
        new("T2-TRIAL", "规范性文件 本年新公开 1 → 4 (对外公开总数量 stays 1)", ("规范性文件 |\n2 |\n1 |", "规范性文件 |\n2 |\n4 |")),
    ];
}
