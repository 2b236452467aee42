using System.Text.RegularExpressions;

namespace ComplianceFns.Infra.Tests.Bicep;

/// <summary>One Bicep CLI run: exit code, output and the diagnostics it printed.</summary>
public sealed partial record BicepResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Diagnostics such as <c>main.bicep(3,7) : Warning no-unused-params: ...</c>.</summary>
    public IReadOnlyList<BicepDiagnostic> Diagnostics =>
        DiagnosticLine().Matches(StandardError + "\n" + StandardOutput)
            .Select(m => new BicepDiagnostic(m.Groups["level"].Value, m.Groups["code"].Value, m.Value.Trim()))
            .ToList();

    [GeneratedRegex(@"^.*\(\d+,\d+\) : (?<level>Error|Warning|Info) (?<code>[A-Za-z0-9-]+): .*$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}

public sealed record BicepDiagnostic(string Level, string Code, string Line);
