using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Rules.Tests.Reports.Samples;

/// <summary>The README of samples/annual-reports, file by file, as data. ⚠ decisions are explained where they are made.</summary>
internal static class SampleExpectations
{
    private const string NoTable3 = "未找到表三";
    private const string NoTable4 = "未找到表四";
    private static readonly string[] TableIds = ["T3-COL", "T3-SUM", "T3-ROW", "T3-NONNEG", "T3-BLANK", "T3-ROWS", "T4-REV", "T4-LIT1", "T4-LIT2", "T4-COUNT"];

    /// <summary>Every table relation 不可判定 because neither table 三 nor table 四 is in the copy.</summary>
    private static ExpectedUndecidable[] NoTables() =>
        [.. TableIds.Select(id => new ExpectedUndecidable(id, id.StartsWith("T3", StringComparison.Ordinal) ? NoTable3 : NoTable4))];

    private static ExpectedUndecidable[] NoTable4Groups() =>
        [new("T4-REV", NoTable4), new("T4-LIT1", NoTable4), new("T4-LIT2", NoTable4), new("T4-COUNT", NoTable4)];

    public static IReadOnlyList<SampleExpectation> All { get; } =
    [
        new("2019-longquan-xijie.txt",
            [
                new("S-PARTCOUNT", Severity.General, Expected: "6部分", Actual: "5部分", MessagePart: "缺“其他需要报告的事项”"),
                // ⚠ "section 一 has no title": W. A bare "一、" names no content at all, which is a defect of the page,
                // not a tolerated wording variant (§2.1 lists variants; an empty heading is none of them).
                new("S-SECTIONS", Severity.General, Row: "一", Expected: "一、总体情况", Actual: "一、", MessagePart: "第一部分标题“一、”不规范"),
            ],
            ["S-PERIOD", "N-SUM"],
            [.. NoTables(), new("S-SECTIONS", "第二、三、四、五、六部分在副本截止之后")]),
        new("2019-lizhou-hexi.txt",
            // ⚠ "政策文件2条" vs 表二 本年新公开 1: not the same quantity, and no catalogue rule compares them: none.
            [],
            ["N-SUM", "N-APP", "T3-ROW", "T3-BLANK", "T3-NONNEG", "T2-TRIAL", "T2-NUM"],
            [
                new("T3-COL", "“（七）总计”“四、结转下年度继续办理”行"), new("T3-SUM", "办理结果合计不可判定"), new("T3-ROWS", "副本不完整"),
                .. NoTable4Groups(), new("S-PERIOD", "未找到统计期限语句"),
            ]),
        new("2019-xiaogan-yjs.txt",
            // ⚠ the preamble lists five parts: whether the report has a sixth is beyond the cut, so 不可判定, not W.
            [],
            ["S-PERIOD", "T2-NUM", "S-FORMAT"],
            [.. NoTables(), new("S-PARTCOUNT", "正文第六部分在副本截止之后"), new("N-APP", "收到依申请公开请求2件"), new("N-APP", "办结2件")]),
        new("2019-xiongxian-township.txt",
            [
                new("S-FILLED", Severity.Serious, Table: "表三", Expected: "已填报", Actual: "全部为空", MessagePart: "表三数据单元格全部为空，未填报"),
                new("S-FILLED", Severity.Serious, Table: "表四", Expected: "已填报", Actual: "全部为空", MessagePart: "表四数据单元格全部为空，未填报"),
                // Table 二 holds the report's single value (规章 0), so it is not "entirely empty": its 21 blanks are
                // one T2-NUM W instead (blank is zero, and reported).
                new("T2-NUM", Severity.General, Table: "表二", Expected: "0", Actual: "", MessagePart: "表二有21个单元格未填写"),
            ],
            ["S-FORMAT"],
            [
                new("T3-COL", "表三未填报任何数据"), new("T3-SUM", "表三未填报任何数据"), new("T3-ROW", "表三未填报任何数据"),
                new("T4-REV", "表四未填报任何数据"), new("T4-LIT1", "表四未填报任何数据"), new("T4-LIT2", "表四未填报任何数据"),
                new("S-PERIOD", "未找到统计期限语句"), new("S-SECTIONS", "副本在第五部分标题“五、存在的主”处截止"),
            ]),
        new("2020-weishan-liangcheng.txt",
            // ⚠ heading "一、工作基本情况": W. It lacks the anchor word (总体/概述) of every accepted variant (§2.1),
            // so the reader cannot tell it is the overview; the section is kept and only its heading is reported.
            [new("S-SECTIONS", Severity.General, Row: "一", Expected: "一、总体情况", Actual: "一、工作基本情况")],
            ["S-PERIOD", "T3-ROW", "T3-BLANK", "T2-NUM", "S-FORMAT"],
            [new("T3-COL", "“（七）总计”“四、结转下年度继续办理”行"), new("T3-SUM", "办理结果合计不可判定"), .. NoTable4Groups()]),
        new("2020-tianmen-tuoshi.txt",
            [
                new("N-SUM", Severity.General, Expected: "72", Actual: "71", MessagePart: "各分项合计为71条（3+10+36+6+7+2+4+2+1），与所称72条不符（差1）"),
                // ⚠ "规划总结2条" listed twice: W, the catalogue's N-SUM says no category appears twice.
                new("N-SUM", Severity.General, MessagePart: "“规划总结”出现2次"),
                // The Hubei extra row "其他主动公开文件": accepted and reported as I (§3.2).
                new("S-LABEL", Severity.Hint, Table: "表二", Row: "其他主动公开文件", Actual: "其他主动公开文件(含以本单位或本单位办公室名义正式签发的、除规范性文件以外的主动公开文件,可参考本单位政府信息公开平台“其他主动公开文件”栏目数据)", MessagePart: "已接受，不参与检查"),
            ],
            // ⚠ heading "二、行政机关主动公开政府信息情况" is a listed variant (§2.1): no S-SECTIONS issue (exact issue set). ⚠ 34 made, 4 published:
            // implausible but not a catalogue relation (T2-TRIAL 47 ≥ 4 holds): no issue.
            ["S-PERIOD", "T2-TRIAL"],
            [.. NoTables()]),
        new("2020-zibo-zhongbu.txt",
            [new("S-PERIOD", Severity.Serious, Expected: "2020年1月1日至2020年12月31日", Actual: "统计期限自2020年1月1日起至202020年12月31日止", MessagePart: "无法识别为有效日期")],
            ["S-PARTCOUNT", "N-CONSIST", "T2-NUM"],
            [.. NoTables(), new("N-APP", "依申请公开0件")]),
        new("2020-district-shenji-p9.txt",
            [],
            ["T3-ROW", "T4-REV", "T4-LIT1", "T4-LIT2", "T4-COUNT", "N-T4"],
            [
                new("T3-COL", "“一、本年新收政府信息公开申请数量”“二、上年结转政府信息公开申请数量”“（七）总计”行"),
                new("T3-SUM", "办理结果合计不可判定"),
                new("S-SECTIONS", "第一、二、三部分不在副本中"),
            ]),
        new("2021-tianjin-wuqing-zwfwb.txt",
            // The complete sample: every relation holds; §六 "无" gives exactly the fee note (⚠ → I, as §8 says).
            [new("S-FEE-SEC6", Severity.Hint, Row: "六", Expected: "说明信息处理费收取情况", Actual: "无", MessagePart: "“其他需要报告的事项”未说明信息处理费收取情况")],
            [
                "S-SECTIONS", "S-PARTCOUNT", "S-OVERVIEW", "S-FORMAT", "S-FILLED", "S-PERIOD", "S-LABEL",
                "T3-COL", "T3-SUM", "T3-ROW", "T3-NONNEG", "T3-BLANK", "T3-ROWS", "T4-REV", "T4-LIT1", "T4-LIT2", "T4-COUNT",
                "T2-NUM", "T2-REGS", "T2-UNIT", "N-APP", "N-OUT", "N-CARRY", "N-APPTYPE", "N-T4", "N-T2", "N-SUM", "N-CONSIST", "N-PCT", "N-FEE",
            ],
            [new("S-TITLE", "未找到报告标题"), new("T3-CARRY-Y", "未提供上年度报告")]),
        new("2021-xuanzhou-sfj.txt",
            // The typo 岀台 is the typo detector's finding (Rules/Typos), not a report rule.
            [new("S-PERIOD", Severity.Serious, Expected: "2021年1月1日至2021年12月31日", Actual: "统计期限自202111日起至20211231日止")],
            ["S-PARTCOUNT"],
            [.. NoTables(), new("S-OVERVIEW", "副本在第一部分“总体情况”中截止")]),
        new("2022-shanghai-city.txt",
            [],
            ["S-PERIOD", "S-PARTCOUNT", "N-SUM"],
            [.. NoTables(), new("S-OVERVIEW", "副本在第一部分“总体情况”中截止"), new("N-T2", "未找到表二")]),
        new("2022-tongzi-county.txt",
            [],
            ["S-PERIOD", "S-PARTCOUNT"],
            [.. NoTables(), new("N-APP", "共收到政府信息公开申请21件"), new("N-T4", "行政复议案件1件"), new("N-T4", "行政诉讼案件1件")]),
        new("2023-zhanjiang-dfz.txt",
            // Not in the README: section 一 is whole in the copy (section 二 follows) and speaks only of applications,
            // so the catalogue's S-OVERVIEW W applies to a 2023 report.
            [new("S-OVERVIEW", Severity.General, Row: "一", Expected: "主动公开、依申请公开、政府信息管理、平台建设、监督保障", Actual: "依申请公开", MessagePart: "未涉及主动公开、政府信息管理、平台建设、监督保障")],
            ["S-PERIOD", "S-FORMAT", "N-APP", "T3-ROW", "T3-BLANK", "T2-NUM", "T2-REGS"],
            [new("T3-COL", "“（七）总计”“四、结转下年度继续办理”行"), new("T3-SUM", "办理结果合计不可判定"), .. NoTable4Groups()]),
        new("2024-gaoping-yuancun.txt",
            [new("N-PCT", Severity.General, Expected: "1.25", Actual: "1.1", MessagePart: "正文称“信息公开年报1条,占比1.1%”，按所列合计80条计算应为1.25%（1÷80）")],
            ["N-SUM", "S-PERIOD"],
            [.. NoTables(), new("N-APP", "未收到公民、法人或其他组织提出的政府信息公开申请"), new("S-OVERVIEW", "副本在第一部分“总体情况”中截止")]),
        new("2024-qingyuan-yushang.txt",
            // ⚠ no statistics-period sentence: none. The sentence is not mandated (§2.3); S-PERIOD is 不可判定.
            // The text calls itself "我乡": a township government, whose overview must give the 条例第五十条 results
            // of a government (工作考核、社会评议); its 监督保障 part names only 责任追究.
            [new("S-OVERVIEW", Severity.General, Row: "一", Expected: "工作考核、社会评议、责任追究结果", Actual: "责任追究", MessagePart: "政府年度报告的“总体情况”未说明工作考核、社会评议结果")],
            ["N-SUM"],
            [.. NoTables(), new("S-PERIOD", "未找到统计期限语句"), new("N-APP", "没有收到依申请公开件")]),
    ];
}
