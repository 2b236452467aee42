namespace ComplianceFns.Infra.Tests.Bicep;

/// <summary>
/// infra/lint-allowlist.txt: the warning codes tolerated in <c>bicep build</c>/<c>bicep lint</c>, one per line with a
/// <c>#</c> reason. scripts/test.sh reads the same file.
/// </summary>
public static class LintAllowList
{
    public static IReadOnlySet<string> Codes { get; } = Load();

    private static HashSet<string> Load() =>
        File.ReadAllLines(BicepCli.InfraPath("lint-allowlist.txt"))
            .Select(line => line.Split('#', 2)[0].Trim())
            .Where(code => code.Length > 0)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
