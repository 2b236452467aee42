namespace ComplianceFns.Cli;

/// <summary>The streams a command writes to; tests pass their own.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool ErrorIsTerminal)
{
    public static CliConsole System => new(Console.Out, Console.Error, !Console.IsErrorRedirected);
}
