using System.Text.RegularExpressions;

namespace ComplianceFns.Rules.Tests.Reports.Checking.Narrative;

/// <summary>
/// Reads a sample report's prose for narrative tests until the reader lands: skips the "#" header, cuts the text at
/// the six section headings (ordinal + anchor word, docs/domain/annual-reports.md §2.1) and returns the preamble and bodies.
/// </summary>
internal static partial class SampleNarrative
{
    public static (string Preamble, IReadOnlyDictionary<int, string> Sections) Load(string fileName)
    {
        var lines = File.ReadAllLines(PathTo(fileName)).Where(l => !l.StartsWith('#')).ToArray();
        var preamble = new List<string>();
        var sections = new Dictionary<int, List<string>>();
        var current = 0;
        foreach (var line in lines)
        {
            var heading = Heading().Match(line);
            if (heading.Success && !line.Contains('|', StringComparison.Ordinal))
            {
                var ordinal = "一二三四五六".IndexOf(heading.Groups["ordinal"].Value, StringComparison.Ordinal) + 1;
                if (ordinal > current && Anchors[ordinal - 1].IsMatch(line))
                {
                    current = ordinal;
                    sections[current] = [];
                    continue;
                }
            }

            (current == 0 ? preamble : sections[current]).Add(line);
        }

        return (string.Join('\n', preamble), sections.ToDictionary(s => s.Key, s => string.Join('\n', s.Value)));
    }

    public static string PathTo(string fileName)
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

        return Path.Combine(directory.Parent.FullName, "shared", "samples", "annual-reports", fileName);
    }

    private static readonly Regex[] Anchors =
    [
        new("总体|概述|一、\\s*$|工作基本情况"), new("主动公开"), new("申请"), new("复议|诉讼"), new("问题"), new("其他|其它"),
    ];

    [GeneratedRegex(@"^\s*(?<ordinal>[一二三四五六])\s*[、.．]")]
    private static partial Regex Heading();
}
