using System.Text.RegularExpressions;

namespace ComplianceFns.Rules.Reports.Checking.Narrative;

/// <summary>Shared word patterns of the narrative checks.</summary>
internal static partial class NarrativeWords
{
    /// <summary>Words that make a count about something other than this year's disclosure applications.</summary>
    [GeneratedRegex(@"信箱|建议|提案|信访|热线|12345|投诉|咨询|许可|留言|来信|同比|上年|去年|上一年|以来|历年|较|增长|下降|减少|增加")]
    public static partial Regex OtherSubject();

    [GeneratedRegex(@"复议|诉讼|起诉")]
    public static partial Regex ReviewOrLitigation();

    [GeneratedRegex(@"申请|依申请|申请件")]
    public static partial Regex Application();
}
