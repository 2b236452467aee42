using System.Text.Json;

namespace ComplianceFns.Rules.Tests.Typos;

/// <summary>The typo development set (../shared/samples/typo-dev/dev.jsonl), found beside the repository.</summary>
internal static class DevSet
{
    public sealed record Error(int Start, int End, string Wrong, string Correct, string Type);

    public sealed record Sentence(string Id, string Text, IReadOnlyList<Error> Errors, int DocYear);

    public static string Path
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "ComplianceFns.sln")))
            {
                dir = dir.Parent;
            }

            if (dir?.Parent is null)
            {
                throw new InvalidOperationException("ComplianceFns.sln not found above " + AppContext.BaseDirectory);
            }

            return System.IO.Path.Combine(dir.Parent.FullName, "shared", "samples", "typo-dev", "dev.jsonl");
        }
    }

    public static IReadOnlyList<Sentence> Load() =>
        File.ReadLines(Path).Where(l => l.Trim().Length > 0).Select(Parse).ToList();

    private static Sentence Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var errors = root.GetProperty("errors").EnumerateArray().Select(e => new Error(
            e.GetProperty("start").GetInt32(),
            e.GetProperty("end").GetInt32(),
            e.GetProperty("wrong").GetString()!,
            e.GetProperty("correct").GetString()!,
            e.GetProperty("type").GetString()!)).ToList();
        return new Sentence(root.GetProperty("id").GetString()!, root.GetProperty("text").GetString()!, errors, root.GetProperty("doc_year").GetInt32());
    }
}
