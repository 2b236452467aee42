namespace ComplianceFns.Cli.Arguments;

/// <summary>What the command line asks for: a command with its arguments, or help (for a command, or the overview).</summary>
public sealed record Invocation(CommandSpec? Spec, ParsedArguments? Arguments, bool Help, bool Verbose);
