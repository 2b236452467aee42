using System.Text.RegularExpressions;

namespace ComplianceFns.Rules.Reports.Checking.Structure;

/// <summary>The six sections' canonical names and anchor words (docs/domain/annual-reports.md §2.1), for messages and part lists.</summary>
internal static partial class SectionNames
{
    public static IReadOnlyList<string> Ordinals { get; } = ["一", "二", "三", "四", "五", "六"];

    private static readonly string[] Names2021 =
    [
        "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项",
    ];

    /// <summary>Anchor words of each part as a preamble lists it ("公开申请" not "申请": 四 says 被申请行政复议).</summary>
    private static readonly Regex[] Anchors =
    [
        FirstAnchor(), SecondAnchor(), ThirdAnchor(), FourthAnchor(), FifthAnchor(), SixthAnchor(),
    ];

    /// <summary>The section's canonical name; §五 of a trial-format year uses the statute's wording.</summary>
    public static string Name(int ordinal, int? year) =>
        ordinal == 5 && year is 2019 or 2020 ? "政府信息公开工作存在的主要问题及改进情况" : Names2021[ordinal - 1];

    public static string Ordinal(int ordinal) => Ordinals[ordinal - 1];

    /// <summary>The parts a piece of text names, by ordinal.</summary>
    public static IReadOnlyList<int> Named(string text) =>
        [.. Enumerable.Range(1, 6).Where(o => Anchors[o - 1].IsMatch(text))];

    /// <summary>“第四、五、六部分”.</summary>
    public static string Parts(IEnumerable<int> ordinals) => $"第{string.Join("、", ordinals.Select(Ordinal))}部分";

    [GeneratedRegex("总体|概述")]
    private static partial Regex FirstAnchor();

    [GeneratedRegex("主动公开")]
    private static partial Regex SecondAnchor();

    [GeneratedRegex("公开申请|依申请|处理申请")]
    private static partial Regex ThirdAnchor();

    [GeneratedRegex("复议|诉讼")]
    private static partial Regex FourthAnchor();

    [GeneratedRegex("问题")]
    private static partial Regex FifthAnchor();

    [GeneratedRegex("其他|其它")]
    private static partial Regex SixthAnchor();
}
