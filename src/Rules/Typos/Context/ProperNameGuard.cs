namespace ComplianceFns.Rules.Typos.Context;

/// <summary>
/// Spans the context layer leaves alone because they are most likely names no dictionary holds: a span directly before
/// a place or organ suffix (中埠镇, 西咸新区), a span right after a title, where a person's name stands (县长彭鉴, 省委书记
/// 易炼红), a short quoted term (“津心办”), and Han runs too short to give any context (a name in a list: 、王伟、).
/// </summary>
internal static class ProperNameGuard
{
    /// <summary>Han runs shorter than this are not checked.</summary>
    public const int MinRunLength = 4;

    private static readonly string[] PlaceSuffixes =
        ["镇", "乡", "村", "县", "区", "市", "街道", "社区", "省", "州", "旗", "路", "街", "河", "湖", "山"];

    private static readonly string[] Titles =
        ["书记", "县长", "市长", "省长", "区长", "镇长", "乡长", "主任", "局长", "部长", "处长", "科长", "所长", "组长",
         "院长", "厅长", "委员", "主席", "同志", "总理", "代表"];

    private const int MaxQuotedTerm = 8;

    public static bool Protects(string text, int start, int end)
    {
        foreach (var suffix in PlaceSuffixes)
        {
            if (string.CompareOrdinal(text, end, suffix, 0, suffix.Length) == 0)
            {
                return true;
            }
        }
        var before = text.AsSpan(Math.Max(0, start - 5), Math.Min(start, 5));
        foreach (var title in Titles)
        {
            if (before.EndsWith(title, StringComparison.Ordinal)
                || (before.Length > 1 && before[..^1].EndsWith(title, StringComparison.Ordinal)))
            {
                return true;
            }
        }
        var open = text.LastIndexOf('“', Math.Max(0, start - 1));
        if (open >= 0 && start > 0 && text.IndexOf('”', open, start - open) < 0)
        {
            var close = text.IndexOf('”', end);
            return close >= 0 && close - open <= MaxQuotedTerm;
        }
        return false;
    }
}
