using System.Text.Json;
using ComplianceFns.SampleSite;

namespace ComplianceFns.Cli.Tests.Output;

/// <summary><c>--format jsonl</c> on the sample site: evidence numbers are JSON numbers, lists are JSON arrays.</summary>
public sealed class JsonlEvidenceTypingTests
{
    [Fact]
    public async Task Status_codes_and_attempts_are_numbers_and_redirect_chains_and_shared_pages_are_arrays()
    {
        await using var server = await SampleSiteServer.StartAsync();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CommandDispatcher.RunAsync(
            ["inspect", server.StartUrl.AbsoluteUri, "--format", "jsonl", "--skip-typos", "--timeout", "4", "--retries", "1", "--delay-ms", "0"],
            new CliConsole(output, error, ErrorIsTerminal: false), CancellationToken.None);

        Assert.Equal(ExitCodes.Ok, exit);
        var evidence = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("evidence").Clone())
            .ToList();
        Assert.Contains(evidence, e => e.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.Number && s.GetInt32() == 404);

        Assert.All(evidence.Where(e => e.TryGetProperty("status", out _)), e => Assert.Equal(JsonValueKind.Number, e.GetProperty("status").ValueKind));
        Assert.All(evidence.Where(e => e.TryGetProperty("attempts", out _)), e => Assert.Equal(JsonValueKind.Number, e.GetProperty("attempts").ValueKind));

        var chains = evidence.Where(e => e.TryGetProperty("redirects", out _)).Select(e => e.GetProperty("redirects")).ToList();
        Assert.NotEmpty(chains);
        Assert.All(chains, chain =>
        {
            Assert.Equal(JsonValueKind.Array, chain.ValueKind);
            Assert.True(chain.GetArrayLength() >= 2);
            Assert.All(chain.EnumerateArray(), url => Assert.StartsWith("http", url.GetString(), StringComparison.Ordinal));
        });

        // A template link: the pages it appears on as an array, and how many there are in all.
        var shared = Assert.Single(evidence, e => e.TryGetProperty("pages", out _));
        Assert.Equal(JsonValueKind.Array, shared.GetProperty("pages").ValueKind);
        Assert.True(shared.GetProperty("pageCount").GetInt32() >= shared.GetProperty("pages").GetArrayLength());
    }
}
