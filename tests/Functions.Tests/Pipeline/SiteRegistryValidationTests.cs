using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Pipeline;
using ComplianceFns.Functions.Tests.Support;

namespace ComplianceFns.Functions.Tests.Pipeline;

/// <summary>A Sites row written outside configuration meets the start-up rules, alert addresses included.</summary>
public sealed class SiteRegistryValidationTests
{
    [Fact]
    public async Task A_manual_site_with_a_bad_alert_address_is_refused_and_not_written()
    {
        await using var host = await FunctionsTestHost.StartAsync();
        var registry = host.Get<SiteRegistry>();
        var site = new SiteOptions { Id = "east", StartUrls = ["http://127.0.0.1:9/"], AlertRecipients = ["office@"] };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => registry.PutManualAsync(site, enabled: true, CancellationToken.None));

        Assert.Contains("AlertRecipients:0 'office@' is not an email address", error.Message, StringComparison.Ordinal);
        Assert.Null(await registry.FindAsync("east", CancellationToken.None));
        site.AlertRecipients = ["office@example.gov.cn"];
        await registry.PutManualAsync(site, enabled: true, CancellationToken.None);
        Assert.NotNull(await registry.FindAsync("east", CancellationToken.None));
    }
}
