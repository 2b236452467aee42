namespace ComplianceFns.Cli.Arguments;

/// <summary>A mistake found while parsing: the Chinese message and the command it concerns (null: no command yet).</summary>
public sealed class CommandLineException(string message, CommandSpec? spec) : Exception(message)
{
    public CommandSpec? Spec { get; } = spec;
}
