using System.Text;
using System.Text.RegularExpressions;

namespace ComplianceFns.Rules.Reports.Checking.Structure;

/// <summary>
/// Reduces a printed table label to its core for comparison (annual-reports.md §7.6): traditional characters folded
/// (with the 檔案→文件 vocabulary), full-width folded to half-width, whitespace and quotes removed, row (二)'s
/// parenthesised annotation dropped, then leading group labels and ordinals ("三、本年度办理结果", "(三)不予公开", "1.").
/// </summary>
internal static partial class LabelNormalizer
{
    private static readonly (string Traditional, string Simplified)[] Vocabulary = [("檔案", "文件")];

    private const string TraditionalChars = "規範開請數處罰許強費購採機關資護權務屬國審複議訴訟無發現總計結轉繼續辦險危穩維";
    private const string SimplifiedChars = "规范开请数处罚许强费购采机关资护权务属国审复议诉讼无发现总计结转继续办险危稳维";

    private static readonly string[] GroupPrefixes = ["三、本年度办理结果", "(三)不予公开", "(四)无法提供", "(五)不予处理", "(六)其他处理"];

    public static string Core(string label)
    {
        var text = Fold(label);
        text = Annotation().Replace(text, string.Empty);
        foreach (var prefix in GroupPrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal) && text.Length > prefix.Length)
            {
                text = text[prefix.Length..];
            }
        }

        return Ordinal().Replace(text, string.Empty);
    }

    private static string Fold(string label)
    {
        foreach (var (traditional, simplified) in Vocabulary)
        {
            label = label.Replace(traditional, simplified, StringComparison.Ordinal);
        }

        var text = new StringBuilder(label.Length);
        foreach (var raw in label)
        {
            var c = raw is >= '！' and <= '～' ? (char)(raw - 0xFEE0) : raw;
            if (char.IsWhiteSpace(c) || c is '“' or '”' or '"' or '\'' or '‘' or '’')
            {
                continue;
            }

            var index = TraditionalChars.IndexOf(c, StringComparison.Ordinal);
            text.Append(index >= 0 ? SimplifiedChars[index] : c);
        }

        return text.ToString();
    }

    [GeneratedRegex("\\((区分处理|只计)[^)]*\\)")]
    private static partial Regex Annotation();

    [GeneratedRegex("^([一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十]+\\)|[0-9]+[.、])")]
    private static partial Regex Ordinal();
}
