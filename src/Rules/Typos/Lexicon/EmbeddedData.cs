using System.Reflection;

namespace ComplianceFns.Rules.Typos.Lexicon;

/// <summary>Reads the typo data files embedded in this assembly (UTF-8, one entry a line, # comments).</summary>
public static class EmbeddedData
{
    /// <summary>The non-empty, non-comment lines of <c>Typos/Data/<paramref name="fileName"/></c>, trimmed.</summary>
    public static IReadOnlyList<string> ReadLines(string fileName)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        var suffix = ".Typos.Data." + fileName;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(suffix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded typo data '{fileName}' is missing.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }

    /// <summary>The lines split on tabs.</summary>
    public static IEnumerable<string[]> ReadColumns(string fileName) =>
        ReadLines(fileName).Select(line => line.Split('\t', StringSplitOptions.TrimEntries));
}
