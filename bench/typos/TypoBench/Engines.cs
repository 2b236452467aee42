namespace TypoBench;

/// <summary>The engines by name, as the command line gives them.</summary>
public static class Engines
{
    public static readonly string[] Names = ["detector", "contains", "regex"];

    public static ITextScanner Create(string name) => name switch
    {
        "detector" => new DetectorScanner(),
        "contains" => new ContainsScanner(),
        "regex" => new RegexScanner(),
        _ => throw new ArgumentException($"unknown engine '{name}'; expected one of {string.Join(", ", Names)}"),
    };
}
