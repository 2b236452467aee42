using System.Globalization;
using ComplianceFns.Rules.Catalogue;
using ComplianceFns.Rules.Reports.Text;

namespace ComplianceFns.Rules.Reports.Checking.Narrative;

/// <summary>Builds N-* issues the same way: catalogue severity, the quoted words as discriminator, the line.</summary>
internal static class NarrativeIssues
{
    public static ReportIssue Create(string ruleId, string message, string quote, NarrativeBlock block, int offset, string? table = null, string? row = null, string? column = null, decimal? expected = null, decimal? actual = null) =>
        new(ruleId, RuleCatalog.Find(ruleId)!.Severity, message)
        {
            Table = table,
            Row = row,
            Column = column,
            Expected = expected is { } e ? Format(e) : null,
            Actual = actual is { } a ? Format(a) : null,
            Line = block.LineAt(offset),
            Discriminator = quote,
        };

    public static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>"（差3）" for two counts.</summary>
    public static string Difference(decimal a, decimal b) => $"（差{Format(Math.Abs(a - b))}）";

    /// <summary>Counts found in a block, computed once per block.</summary>
    public static IReadOnlyList<ProseNumber> Numbers(NarrativeBlock block) => NumberCache.GetValue(block, b => ProseNumbers.Find(b.Text));

    /// <summary>True when a count of the block starts in [from, to).</summary>
    public static bool HasNumberIn(NarrativeBlock block, int from, int to)
    {
        var numbers = Numbers(block);
        var first = ProseNumbers.FirstAtOrAfter(numbers, from);
        return first < numbers.Count && numbers[first].Offset < to;
    }

    /// <summary>The last count of the block ending at or before <paramref name="offset"/>.</summary>
    public static ProseNumber? LastEndingBy(NarrativeBlock block, int offset) => ProseNumbers.LastEndingBy(Numbers(block), offset);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<NarrativeBlock, IReadOnlyList<ProseNumber>> NumberCache = [];
}
