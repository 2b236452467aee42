using ComplianceFns.Rules.Typos.Lexicon;

namespace ComplianceFns.Rules.Typos.Curated;

/// <summary>
/// A canonical entry of a serious class (严重): the country name, a state organ, a leader's name or title, a fixed
/// political formulation. <paramref name="Label"/> names the class in messages (国名, 国家机关名称 …).
/// </summary>
public sealed record SeriousEntry(string Text, string RuleId, string Label)
{
    private static readonly Lazy<IReadOnlyList<SeriousEntry>> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every serious entry of the curated lists (state-organs.txt, leaders.txt, formulations.txt), in file order.</summary>
    public static IReadOnlyList<SeriousEntry> All => Shared.Value;

    /// <summary>The entry of the site's own organ name (<see cref="TypoContext.OrganName"/>).</summary>
    public static SeriousEntry OwnOrgan(string organName) => new(organName, "typo.own-organ-name", "本机关名称");

    /// <summary>The message of a hit: what class, what was written, what it should read.</summary>
    // The finding wraps the reason in brackets already; a second pair inside would nest.
    public string Reason(string written, string how) => $"{Label}写错：“{written}”应为“{Text}”，{how}";

    private static IReadOnlyList<SeriousEntry> Load()
    {
        var entries = new List<SeriousEntry>();
        foreach (var columns in EmbeddedData.ReadColumns("state-organs.txt"))
        {
            entries.Add(columns.Length > 1 && columns[1] == "country"
                ? new SeriousEntry(columns[0], "typo.country-name", "国名")
                : new SeriousEntry(columns[0], "typo.organ-name", "国家机关名称"));
        }

        foreach (var columns in EmbeddedData.ReadColumns("leaders.txt"))
        {
            entries.Add(new SeriousEntry(columns[0], "typo.leader-name", "领导人姓名或职务"));
        }

        foreach (var entry in EmbeddedData.ReadLines("formulations.txt"))
        {
            entries.Add(new SeriousEntry(entry, "typo.political-formulation", "固定提法"));
        }

        return entries;
    }
}
