using System.Text.RegularExpressions;
using ComplianceFns.Rules.Reports.Reading;

namespace ComplianceFns.Rules.Reports.Checking.Structure;

/// <summary>
/// Reduces a printed table label to its core for comparison (docs/domain/annual-reports.md §7.6): traditional characters folded
/// (with the 檔案→文件 vocabulary), full-width folded to half-width, whitespace and quotes removed, row (二)'s
/// parenthesised annotation dropped, then leading group labels and ordinals ("三、本年度办理结果", "(三)不予公开", "1.").
/// </summary>
internal static partial class LabelNormalizer
{
    private static readonly string[] GroupPrefixes = ["三、本年度办理结果", "(三)不予公开", "(四)无法提供", "(五)不予处理", "(六)其他处理"];

    public static string Core(string label)
    {
        var text = Fold(label);
        text = Annotation().Replace(text, string.Empty);
        foreach (var prefix in GroupPrefixes)
        {
            // Only a group label that is followed by a numbered row label is a prefix ("(三)不予公开1.属于国家秘密");
            // "(六)其他处理理" is the group label itself, with a slip.
            if (text.StartsWith(prefix, StringComparison.Ordinal) && text.Length > prefix.Length && Ordinal().IsMatch(text[prefix.Length..]))
            {
                text = text[prefix.Length..];
            }
        }

        return Ordinal().Replace(text, string.Empty);
    }

    // The reader's folding: traditional characters and vocabulary, full-width forms, whitespace and quotes.
    private static string Fold(string label) => TextFolding.MatchKey(TextFolding.FoldLine(label));

    [GeneratedRegex("\\((区分处理|只计)[^)]*\\)")]
    private static partial Regex Annotation();

    [GeneratedRegex("^([一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十]+\\)|[0-9]+[.、])")]
    private static partial Regex Ordinal();
}
