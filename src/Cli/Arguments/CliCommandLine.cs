using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace ComplianceFns.Cli.Arguments;

/// <summary>
/// The command tree for System.CommandLine, built from the commands' <see cref="CommandSpec"/>s. System.CommandLine
/// tokenizes (<c>--name value</c>, <c>--name=value</c>, <c>--</c>) and finds what is missing or unknown; the errors
/// are then told in Chinese by <see cref="ParseErrorText"/>, and help is the Chinese <see cref="HelpText"/>.
/// </summary>
public sealed class CliCommandLine
{
    /// <summary>Global flag: after the Chinese error line, print the raw exception (developers only).</summary>
    public const string VerboseFlag = "verbose";

    private readonly RootCommand _root = new();
    private readonly Option<bool> _verbose = new("--" + VerboseFlag) { Arity = ArgumentArity.Zero, Recursive = true };
    private readonly Dictionary<Command, (CommandSpec Spec, Argument<string[]>? Positionals, Dictionary<string, Option> Options)> _commands = [];
    private readonly Dictionary<string, Command> _groups = new(StringComparer.Ordinal);
    private readonly ParserConfiguration _configuration = new() { ResponseFileTokenReplacer = null };

    public CliCommandLine(IEnumerable<CommandSpec> specs)
    {
        _root.Options.Add(_verbose);
        foreach (var spec in specs)
        {
            // "ledger import": the subcommand "import" under the group "ledger", which does nothing by itself.
            var words = spec.Name.Split(' ');
            var command = new Command(words[^1]);
            if (words.Length == 2)
            {
                if (!_groups.TryGetValue(words[0], out var group))
                {
                    group = new Command(words[0]);
                    _groups[words[0]] = group;
                    _root.Subcommands.Add(group);
                }

                group.Subcommands.Add(command);
            }
            else
            {
                _root.Subcommands.Add(command);
            }

            Argument<string[]>? positionals = null;
            if (spec.Positionals is not null)
            {
                // Any number: each command says in Chinese what it needs, and an unknown option that slipped in here
                // is caught below.
                positionals = new Argument<string[]>(spec.Positionals.Name) { Arity = ArgumentArity.ZeroOrMore };
                command.Arguments.Add(positionals);
            }

            var options = new Dictionary<string, Option>(StringComparer.Ordinal);
            foreach (var option in spec.Options)
            {
                Option symbol = option.IsFlag
                    ? new Option<bool>("--" + option.Name) { Arity = ArgumentArity.Zero }
                    : new Option<string>("--" + option.Name) { Arity = ArgumentArity.ExactlyOne };
                options[option.Name] = symbol;
                command.Options.Add(symbol);
            }

            _commands[command] = (spec, positionals, options);
        }
    }

    public IEnumerable<CommandSpec> Specs => _commands.Values.Select(c => c.Spec);

    /// <summary>
    /// The command and its arguments; or the command whose help was asked for (null spec: the overview); or a
    /// <see cref="CommandLineException"/> naming the mistake and the command it concerns.
    /// </summary>
    public Invocation Parse(IReadOnlyList<string> args)
    {
        var result = _root.Parse(args, _configuration);
        var verbose = result.GetValue(_verbose);
        var command = result.CommandResult.Command;
        _commands.TryGetValue(command, out var entry);
        if (result.Action is HelpAction)
        {
            return new Invocation(entry.Spec, null, Help: true, verbose);
        }

        if (entry.Spec is null && _groups.ContainsValue(command))
        {
            // A group without its subcommand, or with an unknown one.
            var names = command.Subcommands.Select(c => c.Name).ToList();
            throw new CommandLineException(
                result.UnmatchedTokens.FirstOrDefault() is { } unknownSub
                    ? ParseErrorText.UnknownSubcommand(command.Name, unknownSub, names)
                    : $"{command.Name} 后面缺少子命令；可用命令：{string.Join("、", names.Select(n => $"{command.Name} {n}"))}",
                null);
        }

        if (entry.Spec is null)
        {
            // No command, or an unknown one: the first unmatched token says which.
            throw new CommandLineException(
                result.UnmatchedTokens.FirstOrDefault() is { } unknown
                    ? ParseErrorText.UnknownCommand(unknown, Specs.Select(s => s.Name))
                    : $"请指定要执行的命令：{string.Join("、", Specs.Select(s => s.Name))}",
                null);
        }

        var positionals = entry.Positionals is null ? [] : result.GetValue(entry.Positionals) ?? [];
        var afterDoubleDash = result.Tokens.SkipWhile(t => t.Type != TokenType.DoubleDash).Skip(1).Select(t => t.Value).ToHashSet(StringComparer.Ordinal);
        var stray = result.UnmatchedTokens
            .Concat(positionals.Where(p => p.Length > 1 && p[0] == '-' && !afterDoubleDash.Contains(p)))
            .FirstOrDefault();
        if (stray is not null)
        {
            throw new CommandLineException(
                stray.StartsWith('-') ? ParseErrorText.UnknownOption(stray, entry.Spec) : ParseErrorText.UnexpectedArgument(stray, entry.Spec),
                entry.Spec);
        }

        if (result.Errors.Count > 0)
        {
            throw new CommandLineException(ParseErrorText.Describe(result.Errors[0], entry.Spec), entry.Spec);
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, option) in entry.Options)
        {
            // A flag's result exists whether or not it was given (its default); only its value says.
            if (option is Option<bool> flag)
            {
                if (result.GetValue(flag))
                {
                    flags.Add(name);
                }
            }
            else if (result.GetResult(option) is { Implicit: false, Tokens.Count: > 0 } given)
            {
                values[name] = given.Tokens[^1].Value;
            }
        }

        return new Invocation(entry.Spec, new ParsedArguments(positionals, values, flags), Help: false, verbose);
    }
}
