using System.Net;

namespace ComplianceFns.SampleSite.Tests;

/// <summary>Each test starts its own site: fixing is global state.</summary>
public sealed class FixAndBreakTests : IAsyncLifetime
{
    private readonly HttpClient _client = new(new SocketsHttpHandler { AllowAutoRedirect = false });
    private SampleSiteServer _server = null!;

    public async Task InitializeAsync() => _server = await SampleSiteServer.StartAsync();

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    private Uri Target(string key) => new(_server.ExpectedDefects().Single(d => d.Key == key).Target);

    [Fact]
    public async Task Fixing_the_404_rule_makes_its_targets_serve_a_page_and_breaking_it_restores_the_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(Target("http-404"))).StatusCode);

        _server.Fix("link.http-404");
        using var fixedResponse = await _client.GetAsync(Target("http-404"));
        var html = await fixedResponse.Content.ReadAsStringAsync();
        using var footerFixed = await _client.GetAsync(Target("footer-404"));

        Assert.Equal(HttpStatusCode.OK, fixedResponse.StatusCode);
        Assert.Equal("关于做好2023年春节期间值班工作的通知_某某县人民政府", HtmlLinks.Title(html));
        Assert.Equal(HttpStatusCode.OK, footerFixed.StatusCode);

        _server.Break("link.http-404");
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(Target("http-404"))).StatusCode);
    }

    [Fact]
    public async Task Throttling_answers_429_except_for_the_home_page_until_it_is_turned_off()
    {
        _server.Throttle(true);
        using var home = await _client.GetAsync(_server.StartUrl);
        using var limited = await _client.GetAsync(Target("http-404"));

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(TimeSpan.Zero, limited.Headers.RetryAfter?.Delta);

        _server.Throttle(false);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(Target("http-404"))).StatusCode);
    }

    [Fact]
    public async Task Fixing_one_key_leaves_other_defects_of_the_same_rule_broken()
    {
        _server.Fix("pdf-404");

        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(Target("pdf-404"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(Target("docx-404"))).StatusCode);
    }

    [Theory]
    [InlineData("link.redirect-loop", "redirect-loop")]
    [InlineData("link.http-5xx", "http-5xx")]
    [InlineData("link.soft-404", "soft-404")]
    [InlineData("link.timeout", "timeout")]
    [InlineData("link.broken-image", "broken-image")]
    [InlineData("link.broken-media", "broken-media")]
    [InlineData("link.http-304", "http-304")]
    [InlineData("link.http-nonstandard", "http-999")]
    public async Task Fixed_targets_on_the_site_answer_200(string ruleId, string key)
    {
        _server.Fix(ruleId);
        using var response = await _client.GetAsync(Target(key));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Fixing_an_outside_target_rewrites_the_link_on_its_page()
    {
        var defect = _server.ExpectedDefects().Single(d => d.Key == "dns-failure");
        var before = await _client.GetStringAsync(new Uri(_server.BaseUri, defect.PagePath));

        _server.Fix("link.dns-failure");
        var after = await _client.GetStringAsync(new Uri(_server.BaseUri, defect.PagePath));

        Assert.Contains("http://nonexistent.invalid/", before);
        Assert.DoesNotContain("nonexistent.invalid", after);
        Assert.Contains("http://127.0.0.1:", after); // the other network defects stay
    }

    [Theory]
    [InlineData("link.local-file", "file:///C:/", "/images/banner.png")]
    [InlineData("link.ftp", "ftp://", "/files/2024/2023-zyzb.csv")]
    public async Task Fixing_a_local_file_or_ftp_link_points_it_at_a_file_the_site_serves(string ruleId, string broken, string uploaded)
    {
        var defect = _server.ExpectedDefects().Single(d => d.RuleId == ruleId);

        _server.Fix(ruleId);
        var after = await _client.GetStringAsync(new Uri(_server.BaseUri, defect.PagePath));
        using var file = await _client.GetAsync(new Uri(_server.BaseUri, uploaded));

        Assert.DoesNotContain(broken, after);
        Assert.Contains($"\"{uploaded}\"", after);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
    }

    [Fact]
    public void Unknown_rule_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => _server.Fix("link.no-such-rule"));
        Assert.Throws<ArgumentException>(() => _server.Break(""));
    }
}
