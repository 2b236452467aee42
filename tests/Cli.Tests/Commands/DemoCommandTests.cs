using ComplianceFns.Cli.Commands;
using ComplianceFns.TestSupport.Storage;

namespace ComplianceFns.Cli.Tests.Commands;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task The_demo_inspects_twice_and_shows_the_fixed_defect_resolved()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CommandDispatcher.RunAsync(["demo", "--storage", AzuriteStorage.ConnectionString], new CliConsole(output, error, false), CancellationToken.None);

        Assert.Equal(0, exit);
        var text = output.ToString();
        var marker = $"已修复“{DemoCommand.FixedBetweenRuns}”";
        Assert.Contains(marker, text, StringComparison.Ordinal);

        // Earlier demos in the same Azurite may have left history; the second run's own summary is what matters.
        var second = text[text.IndexOf(marker, StringComparison.Ordinal)..];
        Assert.Contains("新发现 0 个", second, StringComparison.Ordinal);
        Assert.Contains("已整改 1 个", second, StringComparison.Ordinal);
    }
}
