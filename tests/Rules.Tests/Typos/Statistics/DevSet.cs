using System.Text.Json;

namespace ComplianceFns.Rules.Tests.Typos.Statistics;

/// <summary>Loads ../shared/samples/typo-dev/dev.jsonl relative to the folder holding ComplianceFns.sln.</summary>
public static class DevSet
{
    public static string PathToDevSet()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ComplianceFns.sln")))
        {
            directory = directory.Parent;
        }
        if (directory?.Parent is null)
        {
            throw new InvalidOperationException("ComplianceFns.sln not found above " + AppContext.BaseDirectory);
        }
        return Path.Combine(directory.Parent.FullName, "shared", "samples", "typo-dev", "dev.jsonl");
    }

    public static IReadOnlyList<DevSentence> Load() => Parse(File.ReadLines(PathToDevSet()));

    public static IReadOnlyList<DevSentence> Parse(IEnumerable<string> lines)
    {
        var sentences = new List<DevSentence>();
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var errors = root.GetProperty("errors").EnumerateArray().Select(error => new DevError(
                error.GetProperty("start").GetInt32(), error.GetProperty("end").GetInt32(),
                error.GetProperty("wrong").GetString()!, error.GetProperty("correct").GetString()!,
                error.TryGetProperty("type", out var type) ? type.GetString() ?? "?" : "?")).ToList();
            var year = root.TryGetProperty("doc_year", out var docYear) && docYear.ValueKind == JsonValueKind.Number ? docYear.GetInt32() : 0;
            sentences.Add(new DevSentence(root.GetProperty("id").GetString()!, root.GetProperty("text").GetString()!, errors, year));
        }
        return sentences;
    }
}
