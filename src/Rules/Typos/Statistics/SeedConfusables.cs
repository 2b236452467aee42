namespace ComplianceFns.Rules.Typos.Statistics;

/// <summary>
/// A small hand-made confusion table (Data/confusable-seed.txt: one group of mutually confusable characters per line),
/// used until the Unihan pinyin/shape table is merged. Loaded once from an embedded resource.
/// </summary>
internal sealed class SeedConfusables : IConfusableSource
{
    internal const string ResourceName = "ComplianceFns.Rules.Typos.Statistics.Data.confusable-seed.txt";

    private static readonly Lazy<SeedConfusables> Shared = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<char, string> _byCharacter;

    private SeedConfusables(Dictionary<char, string> byCharacter) => _byCharacter = byCharacter;

    public static SeedConfusables Instance => Shared.Value;

    public string ConfusablesOf(char character) => _byCharacter.GetValueOrDefault(character, "");

    /// <summary>Each non-comment line is a group; every member is confusable with every other member.</summary>
    internal static SeedConfusables FromLines(IEnumerable<string> lines)
    {
        var sets = new Dictionary<char, SortedSet<char>>();
        foreach (var line in lines)
        {
            var group = line.Split('#', 2)[0].Where(c => !char.IsWhiteSpace(c)).Distinct().ToArray();
            foreach (var member in group)
            {
                if (!sets.TryGetValue(member, out var set))
                {
                    sets[member] = set = [];
                }
                set.UnionWith(group.Where(other => other != member));
            }
        }
        return new SeedConfusables(sets.ToDictionary(pair => pair.Key, pair => string.Concat(pair.Value)));
    }

    private static SeedConfusables LoadEmbedded()
    {
        using var stream = typeof(SeedConfusables).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }
        return FromLines(lines);
    }
}
