namespace ComplianceFns.Cli.Arguments;

/// <summary>
/// One option of a command: <c>--name VALUE</c> when <see cref="ValueName"/> is set, else a flag. The description is
/// the Chinese line <c>--help</c> shows.
/// </summary>
public sealed record OptionSpec(string Name, string? ValueName, string Description)
{
    public bool IsFlag => ValueName is null;

    public static OptionSpec Value(string name, string valueName, string description) => new(name, valueName, description);

    public static OptionSpec Flag(string name, string description) => new(name, null, description);
}
