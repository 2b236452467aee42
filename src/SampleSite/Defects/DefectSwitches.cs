using System.Collections.Concurrent;

namespace ComplianceFns.SampleSite.Defects;

/// <summary>Which planted defects are currently repaired; toggled at runtime between two inspections.</summary>
internal sealed class DefectSwitches
{
    private readonly ConcurrentDictionary<string, bool> _fixedKeys = new();

    public bool IsFixed(string key) => _fixedKeys.ContainsKey(key);

    public void Fix(string ruleIdOrKey)
    {
        foreach (var entry in Resolve(ruleIdOrKey))
        {
            _fixedKeys[entry.Key] = true;
        }
    }

    public void Break(string ruleIdOrKey)
    {
        foreach (var entry in Resolve(ruleIdOrKey))
        {
            _fixedKeys.TryRemove(entry.Key, out _);
        }
    }

    private static IReadOnlyList<DefectEntry> Resolve(string ruleIdOrKey)
    {
        var entries = DefectCatalog.Matching(ruleIdOrKey);
        return entries.Count > 0
            ? entries
            : throw new ArgumentException($"The sample site has no defect for rule or key '{ruleIdOrKey}'.", nameof(ruleIdOrKey));
    }
}
