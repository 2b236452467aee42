using System.Text.Json;

namespace ComplianceFns.Engine.Storage;

/// <summary>
/// Evidence as a JSON array of [key, value] pairs (order and duplicate keys kept). Oversized evidence is cut so the
/// JSON stays valid within one table property: long values first, then trailing pairs, with a marker pair.
/// </summary>
internal static class EvidenceJson
{
    public const string TruncatedKey = "_truncated";

    private const int ValueLimitWhenOversized = 2_000;

    public static string Serialize(IReadOnlyList<KeyValuePair<string, string>> evidence, int maxChars = TableText.MaxPropertyChars)
    {
        var pairs = evidence.Select(pair => new[] { pair.Key, pair.Value }).ToList();
        var json = Write(pairs);
        if (json.Length <= maxChars)
        {
            return json;
        }

        pairs = pairs.Select(pair => new[] { TableText.Truncate(pair[0], ValueLimitWhenOversized), TableText.Truncate(pair[1], ValueLimitWhenOversized) }).ToList();
        var dropped = 0;
        while (true)
        {
            var marked = new List<string[]>(pairs) { new[] { TruncatedKey, $"evidence cut: {dropped} of {evidence.Count} pairs dropped, long values shortened" } };
            json = Write(marked);
            if (json.Length <= maxChars || pairs.Count == 0)
            {
                return json;
            }

            pairs.RemoveAt(pairs.Count - 1);
            dropped++;
        }
    }

    public static IReadOnlyList<KeyValuePair<string, string>> Deserialize(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        var pairs = JsonSerializer.Deserialize<string[][]>(json, StorageJson.Options) ?? [];
        return pairs
            .Select(pair => pair.Length == 2
                ? new KeyValuePair<string, string>(pair[0], pair[1])
                : throw new FormatException($"Evidence pair with {pair.Length} elements; expected [key, value]."))
            .ToArray();
    }

    private static string Write(List<string[]> pairs) => JsonSerializer.Serialize(pairs, StorageJson.Options);
}
