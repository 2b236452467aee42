using ComplianceFns.Engine.Tests.Reports.Documents;

namespace ComplianceFns.Engine.Tests.Reports.Equivalence;

/// <summary>The complete sample and two edited copies (a table cell; a narrative number and a table 四 total).</summary>
internal static class SampleVariants
{
    public const string Source = "2021-tianjin-wuqing-zwfwb";

    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["complete"] = SampleReport.Text,
        ["cell"] = Edit(SampleReport.Text, "(一)予以公开 | 67 | 0 | 0 | 0 | 0 | 0 | 67 |", "(一)予以公开 | 67 | 0 | 0 | 0 | 0 | 0 | 68 |"),
        ["narrative"] = Edit(
            Edit(SampleReport.Text, "共受理依申请公开政府信息174件", "共受理依申请公开政府信息175件"),
            "4 | 2 | 0 | 0 | 6 | 0 | 0 | 0 | 1 | 1 |", "4 | 2 | 0 | 0 | 7 | 0 | 0 | 0 | 1 | 1 |"),
    };

    private static string Edit(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        return at < 0 ? throw new InvalidOperationException($"“{old}” is not in the sample") : string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
    }
}
