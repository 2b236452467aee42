using System.Globalization;
using System.Text.Json;
using ComplianceFns.Rules.Links;

namespace ComplianceFns.Cli.Output;

/// <summary>
/// Evidence as typed JSON for <c>--format jsonl</c>: the store keeps every value as text, a script wants numbers as
/// numbers and lists as arrays. Only keys known to hold a number or a list are converted; everything else (an anchor
/// named "123", a link text) stays a string.
/// </summary>
public static class EvidenceJson
{
    /// <summary>Keys whose value is a number whenever it parses as one (status code, attempts, offsets, years, counts).</summary>
    private static readonly HashSet<string> NumberKeys = new(StringComparer.Ordinal)
    {
        "status", "attempts", "score", "start", "end", "line", "year", "comparedYear", "expected", "actual",
    };

    /// <summary>The redirect chain: each address in order, joined with " → " in the store.</summary>
    private const string ChainKey = "redirects";

    private const string ChainSeparator = " → ";

    public static void Write(Utf8JsonWriter json, IEnumerable<KeyValuePair<string, string>> evidence)
    {
        foreach (var (key, value) in evidence)
        {
            if (NumberKeys.Contains(key) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
            {
                json.WriteNumber(key, whole);
            }
            else if (NumberKeys.Contains(key) && decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var fraction))
            {
                json.WriteNumber(key, fraction);
            }
            else if (key == "similarity" && value.EndsWith('%') && int.TryParse(value[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var percent))
            {
                json.WriteNumber(key, percent);
            }
            else if (key == ChainKey)
            {
                WriteArray(json, key, value.Split(ChainSeparator, StringSplitOptions.RemoveEmptyEntries));
            }
            else if (key == LinkFindingFactory.SharedPagesEvidence && SharedPages(value) is var (count, pages))
            {
                // "74: url url …" lists at most a few pages; the count says how many there are.
                WriteArray(json, key, pages);
                json.WriteNumber("pageCount", count);
            }
            else
            {
                json.WriteString(key, value);
            }
        }
    }

    private static (int Count, string[] Pages)? SharedPages(string value)
    {
        var colon = value.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && int.TryParse(value[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? (count, value[(colon + 2)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            : null;
    }

    private static void WriteArray(Utf8JsonWriter json, string key, IEnumerable<string> items)
    {
        json.WriteStartArray(key);
        foreach (var item in items)
        {
            json.WriteStringValue(item);
        }

        json.WriteEndArray();
    }
}
