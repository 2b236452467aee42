namespace ComplianceFns.Rules.Reports.Model;

/// <summary>
/// Table 四 as found: the first run of numeric tokens after its heading, up to 15, in printed order
/// (行政复议 ×5, 未经复议直接起诉 ×5, 复议后起诉 ×5; each group 结果维持, 结果纠正, 其他结果, 尚未审结, 总计).
/// Fewer than 15 values means the groups cannot be placed safely beyond what was read.
/// </summary>
public sealed record Table4(IReadOnlyList<CellValue> Values, int Line)
{
    public const int ValueCount = 15;

    public static IReadOnlyList<string> Groups { get; } = ["行政复议", "未经复议直接起诉", "复议后起诉"];

    public static IReadOnlyList<string> Columns { get; } = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

    public bool IsComplete => Values.Count == ValueCount;

    /// <summary>The five cells of a group (0–2), or null when table 四 is incomplete.</summary>
    public IReadOnlyList<CellValue>? Group(int group) => IsComplete ? Values.Skip(group * 5).Take(5).ToArray() : null;
}
