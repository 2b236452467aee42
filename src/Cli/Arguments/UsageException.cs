namespace ComplianceFns.Cli.Arguments;

/// <summary>A mistake on the command line, told in Chinese; the dispatcher prints it with the command's usage (exit 2).</summary>
public sealed class UsageException(string message) : Exception(message);
