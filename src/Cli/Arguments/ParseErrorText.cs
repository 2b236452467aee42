using System.CommandLine;
using System.CommandLine.Parsing;

namespace ComplianceFns.Cli.Arguments;

/// <summary>
/// Command-line mistakes in Chinese: what was wrong, and what would have been right (the options the command takes,
/// the nearest one to a mistyped name).
/// </summary>
public static class ParseErrorText
{
    public static string UnknownOption(string token, CommandSpec spec)
    {
        var name = token.TrimStart('-').Split('=', ':')[0];
        var near = Nearest(name, spec.Options.Select(o => o.Name));
        var hint = near is null ? string.Empty : $"（是否想输入 --{near}？）";
        return $"未知选项 {token}{hint}；可用选项：{string.Join("、", spec.Options.Select(o => "--" + o.Name))}";
    }

    public static string UnknownCommand(string token, IEnumerable<string> commands)
    {
        var names = commands.ToList();
        if (token.StartsWith('-'))
        {
            return $"未知选项 {token}：选项应写在命令之后；可用命令：{string.Join("、", names)}";
        }

        // A group's commands ("ledger import") are suggested by their first word.
        var near = Nearest(token, names.Select(n => n.Split(' ')[0]).Distinct());
        var hint = near is null ? string.Empty : $"（是否想输入 {names.First(n => n.Split(' ')[0] == near)}？）";
        return $"未知命令 {token}{hint}；可用命令：{string.Join("、", names)}";
    }

    /// <summary>A group (<c>ledger</c>) followed by a word that is none of its subcommands.</summary>
    public static string UnknownSubcommand(string group, string token, IEnumerable<string> subcommands)
    {
        var names = subcommands.ToList();
        var near = Nearest(token, names);
        var hint = near is null ? string.Empty : $"（是否想输入 {group} {near}？）";
        return $"未知命令 {group} {token}{hint}；可用命令：{string.Join("、", names.Select(n => $"{group} {n}"))}";
    }

    public static string UnexpectedArgument(string token, CommandSpec spec) =>
        $"{spec.Name} 不接受位置参数（收到“{token}”）";

    /// <summary>
    /// The first error System.CommandLine found. Its own wording is English, so only its place is used: the option
    /// it concerns and whether a value was missing.
    /// </summary>
    public static string Describe(ParseError error, CommandSpec spec)
    {
        var optionResult = error.SymbolResult switch
        {
            OptionResult o => o,
            ArgumentResult { Parent: OptionResult o } => o,
            _ => null,
        };
        if (optionResult is not null)
        {
            var name = optionResult.Option.Name.TrimStart('-');
            var valueName = spec.Options.FirstOrDefault(o => o.Name == name)?.ValueName ?? "值";
            return optionResult.Tokens.Count == 0
                ? $"--{name} 后面缺少取值（{valueName}）"
                : $"--{name} 只能给一个取值（收到 {string.Join("、", optionResult.Tokens.Select(t => "“" + t.Value + "”"))}）";
        }

        return $"命令行参数有误，请用 compliancefns {spec.Name} --help 查看用法";
    }

    /// <summary>
    /// The closest candidate (fewest edits) among those near <paramref name="typed"/>: within a few edits, sharing its
    /// first word (organ-type, organ-kind), or one starting the other; null when none is near.
    /// </summary>
    private static string? Nearest(string typed, IEnumerable<string> candidates) =>
        candidates
            .Select(c => (Name: c, Distance: Distance(typed, c)))
            .Where(c => c.Distance <= Math.Max(2, typed.Length / 4)
                || (typed.Length >= 3 && (FirstWord(c.Name) == FirstWord(typed) || c.Name.StartsWith(typed, StringComparison.Ordinal) || typed.StartsWith(c.Name, StringComparison.Ordinal))))
            .OrderBy(c => c.Distance)
            .Select(c => c.Name)
            .FirstOrDefault();

    private static string FirstWord(string name) => name.Split('-')[0];

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
