namespace ComplianceFns.Cli.Arguments;

/// <summary>
/// A command as the parser and <c>--help</c> know it: its name (one word, or a group and a subcommand such as
/// <c>ledger import</c>), one Chinese line on what it does, its positional input (null when it takes none) and its
/// options. The command's own code reads the parsed values.
/// </summary>
public sealed record CommandSpec(
    string Name,
    string Description,
    PositionalSpec? Positionals,
    IReadOnlyList<OptionSpec> Options,
    Func<ParsedArguments, CliConsole, CancellationToken, Task<int>> Run);

/// <summary>
/// The positional inputs of a command (URLs, files): a name for the usage line and a Chinese description;
/// <paramref name="Many"/> when it takes several (the usage line then shows "...").
/// </summary>
public sealed record PositionalSpec(string Name, string Description, bool Many = true);
