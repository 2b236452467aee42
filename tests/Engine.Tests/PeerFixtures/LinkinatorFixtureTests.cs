using ComplianceFns.Engine.Inspection;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Links;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ComplianceFns.Engine.Tests.PeerFixtures;

/// <summary>
/// linkinator's fixture sites (test/fixtures), each served on 127.0.0.1 and inspected; the expectations are those of
/// linkinator's test/test.index.ts and test/test.fragments.ts, except where README.md's "Link rules" says we differ.
/// </summary>
public sealed class LinkinatorFixtureTests
{
    private const string Mock = "example.invalid";

    private static Dictionary<string, Action<WebApplication>> Answers(string host, params (string Path, int Status)[] routes) => new()
    {
        [host] = app =>
        {
            foreach (var (path, status) in routes)
            {
                app.MapMethods(path, ["GET", "HEAD"], () => Results.StatusCode(status));
            }
        },
    };

    private static Dictionary<string, Action<WebApplication>> Page(string host, string path, string html) => new()
    {
        [host] = app => app.MapMethods(path, ["GET", "HEAD"], () => Results.Content(html, "text/html")),
    };

    private static void AssertFindings(InspectionResult result, params (string RuleId, string TargetEnd)[] expected) =>
        PeerFixtureRun.AssertFindings(result, expected);

    [Fact]
    public async Task Basic_a_working_external_link_gives_no_finding()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/basic", Answers(Mock, ("/", 200)));

        var result = await run.InspectAsync("/");

        AssertFindings(result);
        Assert.Contains(run.MockUrl(Mock, "/"), result.VerifiedTargets);
    }

    [Fact]
    public async Task Basic_a_999_bot_wall_is_a_non_standard_status_hint_not_a_server_error()
    {
        // linkinator skips 999 as bot protection; we name it, as a hint, so an admin opens it by hand.
        await using var run = await PeerFixtureRun.StartAsync("linkinator/basic", Answers(Mock, ("/", 999)));

        var result = await run.InspectAsync("/");

        AssertFindings(result, (LinkRules.NonStandardStatus.Id, "/"));
        var finding = result.Findings[0];
        Assert.Equal(Severity.Hint, finding.Severity);
        Assert.Contains("非标准状态码 999", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("服务器错误", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Basic_a_304_to_our_unconditional_request_is_an_empty_page_finding()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/basic", Answers(Mock, ("/", 304)));

        var result = await run.InspectAsync("/");

        AssertFindings(result, (LinkRules.NotModified.Id, "/"));
        Assert.Contains("空白页面", result.Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Basic_a_host_that_refuses_head_is_judged_by_get()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/basic", new()
        {
            [Mock] = app =>
            {
                app.MapMethods("/", ["HEAD"], () => Results.StatusCode(405));
                app.MapGet("/", () => Results.Ok());
            },
        });

        AssertFindings(await run.InspectAsync("/"));
    }

    [Fact]
    public async Task Broke_a_404_is_one_broken_link()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/broke", Answers(Mock, ("/", 404)));

        AssertFindings(await run.InspectAsync("/"), (LinkRules.Http404.Id, "/"));
    }

    [Fact]
    public async Task Twice_a_target_linked_six_times_is_requested_once()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/twice", Answers(Mock, ("/", 200)));

        AssertFindings(await run.InspectAsync("/"));
        Assert.Single(run.Mock(Mock).Requests);
    }

    [Fact]
    public async Task Concurrency_five_targets_each_checked_once()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/concurrency", Answers(Mock, ("/1", 200), ("/2", 200), ("/3", 200), ("/4", 200), ("/5", 200)));

        AssertFindings(await run.InspectAsync("/"));
        Assert.Equal(5, run.Mock(Mock).Requests.Count);
    }

    [Fact]
    public async Task Relative_links_resolve_and_every_page_is_crawled()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/relative");

        var result = await run.InspectAsync("/");

        AssertFindings(result);
        Assert.Equal(4, result.PagesCrawled);
    }

    [Fact]
    public async Task Recurse_crawls_the_site_but_only_checks_the_other_host()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/recurse", Answers(Mock, ("/", 200)));

        var result = await run.InspectAsync("/");

        AssertFindings(result);
        Assert.Equal(3, result.PagesCrawled);
        Assert.Single(run.Mock(Mock).Requests);
    }

    [Fact]
    public async Task Local_a_second_page_is_followed()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/local");

        var result = await run.InspectAsync("/");

        AssertFindings(result);
        Assert.Equal(2, result.PagesCrawled);
    }

    [Fact]
    public async Task Nested_each_doll_links_its_own_working_target()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/nested", Answers(Mock, ("/doll1", 200), ("/doll2", 200)));

        AssertFindings(await run.InspectAsync("/doll1/", "/doll2/"));
        Assert.Equal(2, run.Mock(Mock).Requests.Count);
    }

    [Fact]
    public async Task Baseurl_a_host_that_only_starts_like_ours_is_checked_not_crawled()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/baseurl", Answers("example.invalid.br", ("/deep.html", 200)));

        var result = await run.InspectAsync("/");

        AssertFindings(result);
        Assert.Equal(1, result.PagesCrawled);
        Assert.Equal(1, run.Mock("example.invalid.br").CountOf("GET", "/deep.html"));
    }

    [Fact]
    public async Task Malformed_an_href_with_no_host_is_an_invalid_url()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/malformed");

        AssertFindings(await run.InspectAsync("/"), (LinkRules.InvalidUrl.Id, string.Empty));
    }

    [Theory]
    [InlineData("relative-to-root.html", "/anotherBase/ok")]
    [InlineData("relative-folder.html", "/pageBase/anotherBase/ok")]
    [InlineData("relative-dot-folder.html", "/pageBase/anotherBase/ok")]
    [InlineData("relative-page.html", "/pageBase/ok")]
    [InlineData("empty-base.html", "/pageBase/ok")]
    public async Task Basetag_a_relative_base_decides_where_links_go(string fixture, string okPath)
    {
        var html = await File.ReadAllTextAsync(PeerFixtureSite.FixturePath($"linkinator/basetag/{fixture}"));
        await using var run = await PeerFixtureRun.StartAsync("linkinator/basetag", extra: app =>
        {
            app.MapGet("/pageBase/index", () => Results.Content(html, "text/html"));
            app.MapMethods(okPath, ["GET", "HEAD"], () => Results.Content("<!DOCTYPE html><title>ok</title>", "text/html")); // a page, as the mock stands in for one
        });

        var result = await run.InspectAsync("/pageBase/index");

        AssertFindings(result, (LinkRules.Http404.Id, okPath[..^2] + "broken"));
        Assert.Contains(run.Site.Url(okPath).AbsoluteUri, result.VerifiedTargets);
    }

    [Fact]
    public async Task Basetag_an_absolute_base_sends_links_to_its_host_and_the_second_base_is_ignored()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/basetag", Answers("another.example.invalid", ("/ok", 200)));

        var result = await run.InspectAsync("/absolute.html");

        AssertFindings(result, (LinkRules.Http404.Id, "another.example.invalid:" + run.Mock("another.example.invalid").BaseUri.Port + "/broken"));
    }

    [Fact]
    public async Task Image_missing_src_and_srcset_candidates_are_broken_images()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/image");

        var result = await run.InspectAsync("/");

        AssertFindings(result, (LinkRules.BrokenImage.Id, "/missing.png"), (LinkRules.BrokenImage.Id, "/missing.jpg"));
        Assert.Contains(run.Site.Url("/boo.jpg").AbsoluteUri, result.VerifiedTargets);
    }

    [Fact]
    public async Task Picture_every_source_is_checked_and_a_data_uri_is_not()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/picture");

        var result = await run.InspectAsync("/");

        AssertFindings(result);
        Assert.Contains(run.Site.Url("/image.webp").AbsoluteUri, result.VerifiedTargets);
        Assert.Contains(run.Site.Url("/image.jpeg").AbsoluteUri, result.VerifiedTargets);
    }

    [Fact]
    public async Task Picture_a_missing_source_is_a_broken_image()
    {
        // The same page with its webp gone: browsers that pick that source show a broken image.
        await using var run = await PeerFixtureRun.StartAsync("linkinator/picture", extra: app => app.MapMethods("/image.webp", ["GET", "HEAD"], () => Results.NotFound()));

        var result = await run.InspectAsync("/");

        AssertFindings(result, (LinkRules.BrokenImage.Id, "/image.webp"));
        Assert.Equal("photo", result.Findings[0].Text);
    }

    [Fact]
    public async Task Scripts_a_script_is_checked_but_markup_inside_it_is_not_a_link()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/scripts");

        var result = await run.InspectAsync("/");

        AssertFindings(result);
        Assert.Contains(run.Site.Url("/script.js").AbsoluteUri, result.VerifiedTargets);
        Assert.Equal(0, run.Site.CountOf("GET", "/uhoh.html"));
    }

    [Fact]
    public async Task Protocols_irc_mailto_and_data_are_handed_to_other_programs_and_never_reported()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/protocols");

        var result = await run.InspectAsync("/");

        AssertFindings(result);
        Assert.Equal(0, result.TargetsChecked);
    }

    [Fact]
    public async Task Protocols_a_local_file_and_an_ftp_address_are_named_by_their_scheme()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/protocols", extra: app => app.MapGet("/more.html", () => Results.Content(
            "<a href=\"news:comp.infosystems\">新闻组</a><a href=\"file:///C:/Users/admin/通知.doc\">通知</a>"
            + "<a href=\"ftp://ftp.example.gov.cn/pub/表格.xls\">表格</a><a href=\"htp://www.gov.cn/\">中国政府网</a>", "text/html")));

        var result = await run.InspectAsync("/more.html");

        AssertFindings(result, (LinkRules.LocalFile.Id, string.Empty), (LinkRules.FtpLink.Id, string.Empty), (LinkRules.InvalidUrl.Id, string.Empty));
        Assert.Contains("本机文件", result.Findings.Single(f => f.RuleId == LinkRules.LocalFile.Id).Message, StringComparison.Ordinal);
        Assert.Contains("ftp:", result.Findings.Single(f => f.RuleId == LinkRules.FtpLink.Id).Message, StringComparison.Ordinal);
        Assert.Contains("“htp:”", result.Findings.Single(f => f.RuleId == LinkRules.InvalidUrl.Id).Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Findings, f => f.Message.Contains("news:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Prefetch_only_the_stylesheet_is_checked_never_preconnect_hints()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/prefetch", Answers(Mock, ("/site.css", 200)));

        var result = await run.InspectAsync("/");

        AssertFindings(result);
        Assert.Equal(1, result.TargetsChecked);
    }

    [Fact]
    public async Task Prefetch_a_disabled_stylesheet_is_never_requested()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/prefetch", extra: app => app.MapGet("/disabled.html", () => Results.Content(
            "<link rel=\"stylesheet\" href=\"/old.css\" disabled><link rel=\"alternate stylesheet\" href=\"/large.css\" disabled=\"disabled\">", "text/html")));

        var result = await run.InspectAsync("/disabled.html");

        AssertFindings(result);
        Assert.Equal(0, run.Site.CountOf("HEAD", "/old.css") + run.Site.CountOf("GET", "/old.css") + run.Site.CountOf("HEAD", "/large.css") + run.Site.CountOf("GET", "/large.css"));
    }

    [Fact]
    public async Task Metarefresh_every_refresh_target_is_checked()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/metarefresh", Answers(Mock, ("/redirected", 200), ("/delayed", 200), ("/uppercase", 200)));

        AssertFindings(await run.InspectAsync("/"));
        Assert.Equal(3, run.Mock(Mock).Requests.Count);
    }

    [Fact]
    public async Task Css_url_references_are_not_read_only_the_stylesheet_and_the_anchor_are_checked()
    {
        // linkinator reads url() only with checkCss; by default it checks what we check.
        await using var run = await PeerFixtureRun.StartAsync("linkinator/css", Answers(Mock, ("/regular-link", 200)));

        var result = await run.InspectAsync("/");

        AssertFindings(result);
        Assert.Equal(["GET /regular-link"], run.Mock(Mock).Requests);
        Assert.Contains(run.Site.Url("/styles.css").AbsoluteUri, result.VerifiedTargets);
    }

    [Fact]
    public async Task Css_an_external_stylesheet_that_is_missing_is_a_broken_stylesheet()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/css", Answers(Mock));

        AssertFindings(await run.InspectAsync("/external-test.html"), (LinkRules.BrokenStylesheet.Id, "/styles.css"));
    }

    [Fact]
    public async Task JsonLd_urls_in_structured_data_are_not_links()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/json-ld", Answers(Mock, ("/regular-link", 200)));

        AssertFindings(await run.InspectAsync("/"));
        Assert.Equal(["GET /regular-link"], run.Mock(Mock).Requests);
    }

    [Fact]
    public async Task Twittercard_and_alternate_meta_and_head_links_for_search_engines_are_not_checked()
    {
        await using var card = await PeerFixtureRun.StartAsync("linkinator/twittercard", Answers(Mock));
        await using var alternate = await PeerFixtureRun.StartAsync("linkinator/alternate", Answers(Mock));

        AssertFindings(await card.InspectAsync("/"));
        AssertFindings(await alternate.InspectAsync("/"));
        Assert.Empty(card.Mock(Mock).Requests);
        Assert.Empty(alternate.Mock(Mock).Requests);
    }

    [Fact]
    public async Task Srcset_comma_separated_candidates_are_each_checked()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/srcset");

        var result = await run.InspectAsync("/");

        AssertFindings(result);
        Assert.Contains(run.Site.Url("/_site/foo.html").AbsoluteUri, result.VerifiedTargets);
        Assert.Contains(run.Site.Url("/_site/bar.html").AbsoluteUri, result.VerifiedTargets);
    }

    [Fact]
    public async Task RepeatedBrokenLink_a_broken_link_is_reported_for_each_page_that_carries_it()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/repeated-broken-link", Answers(Mock));

        var result = await run.InspectAsync("/pageA.html", "/pageB.html");

        AssertFindings(result, (LinkRules.Http404.Id, "/broken123"), (LinkRules.Http404.Id, "/broken123"), (LinkRules.Http404.Id, "/broken456"), (LinkRules.Http404.Id, "/broken789"));
        Assert.Equal(
            ["pageA.html", "pageB.html"],
            result.Findings.Where(f => f.TargetUrl!.EndsWith("/broken123", StringComparison.Ordinal)).Select(f => f.PageUrl[(f.PageUrl.LastIndexOf('/') + 1)..]).Order());
    }

    [Fact]
    public async Task Server_pages_without_links_give_nothing_and_a_clean_url_without_its_extension_is_broken()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/server");

        AssertFindings(await run.InspectAsync("/", "/test.html", "/5.0/", "/bag/bag.html", "/checkout/"));
        AssertFindings(await run.InspectAsync("/clean-urls/"), (LinkRules.Http404.Id, "/clean-urls/about"));
    }

    [Fact]
    public async Task StatusCodes_each_status_gets_its_own_rule()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/status-codes", Answers(
            "example.com", ("/success", 200), ("/forbidden", 403), ("/notfound", 404), ("/error", 500), ("/unavailable", 503), ("/teapot", 418)));

        var result = await run.InspectAsync("/200.html", "/403.html", "/404.html", "/5xx.html", "/default.html", "/pattern.html");

        // 404.html is titled "Status Code Test - 404": on a real site a page whose title ends in 404 is the not-found
        // notice itself, so as a start page it is named as one and its link is not followed (linkinator reads it).
        AssertFindings(
            result,
            (LinkRules.StartPageUnreachable.Id, string.Empty),
            (LinkRules.Http4xx.Id, "/forbidden"), (LinkRules.Http4xx.Id, "/forbidden"),
            (LinkRules.Http404.Id, "/notfound"), (LinkRules.Http404.Id, "/notfound"),
            (LinkRules.Http5xx.Id, "/error"), (LinkRules.Http5xx.Id, "/unavailable"), (LinkRules.Http4xx.Id, "/teapot"));
    }

    [Fact]
    public async Task Urlpatterns_an_encoded_plus_reaches_the_file()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/urlpatterns");

        var result = await run.InspectAsync("/");

        AssertFindings(result);
        Assert.Equal(2, result.PagesCrawled);
    }

    [Fact]
    public async Task FragmentsDemo_only_the_missing_section_is_reported()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/fragments-demo");

        AssertFindings(await run.InspectAsync("/"), (LinkRules.MissingFragment.Id, "/target.html"));
    }

    [Fact]
    public async Task FragmentsSamePage_only_the_missing_section_is_reported()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/fragments-same-page");

        var result = await run.InspectAsync("/");

        AssertFindings(result, (LinkRules.MissingFragment.Id, "/"));
        Assert.Contains("#nonexistent-section", result.Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FragmentsGithubStyle_user_content_prefixed_headings_are_found()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/fragments-github-style");

        var result = await run.InspectAsync("/");

        AssertFindings(result, (LinkRules.MissingFragment.Id, "/target.html"));
        Assert.Contains("#nonexistent", result.Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FragmentsClientState_hash_routes_pass_and_other_missing_ids_are_hints()
    {
        // linkinator fails all six unless told to skip; hash routes (#/…, #!/…) belong to the page's script.
        await using var run = await PeerFixtureRun.StartAsync("linkinator/fragments-client-state");

        var result = await run.InspectAsync("/");

        Assert.Equal(4, result.Findings.Count(f => f.RuleId == LinkRules.MissingFragment.Id));
        Assert.Equal(
            ["#code/PTAE", "#encoded state", "#missing-section", "#show-examples"],
            result.Findings.Select(f => f.EvidenceValue("detail")).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("fragments-valid", "<div id=\"valid-section\">Content</div>", 0)]
    [InlineData("fragments-invalid", "<div id=\"different-section\">Content</div>", 1)]
    [InlineData("fragments-multiple", "<div id=\"section-one\">1</div><div id=\"section-two\">2</div>", 0)]
    [InlineData("fragments-empty", "<div id=\"different-section\">Content</div>", 0)]
    public async Task Fragments_on_another_host_are_checked_on_its_page(string fixture, string body, int missing)
    {
        await using var run = await PeerFixtureRun.StartAsync($"linkinator/{fixture}", Page("example.com", "/page.html", $"<html><body>{body}</body></html>"));

        var result = await run.InspectAsync("/");

        Assert.True(result.Findings.Count == missing && result.Findings.All(f => f.RuleId == LinkRules.MissingFragment.Id), PeerFixtureRun.Describe(result));
    }

    [Fact]
    public async Task FragmentsNonHtml_a_fragment_on_an_image_is_not_checked()
    {
        await using var run = await PeerFixtureRun.StartAsync("linkinator/fragments-non-html", new()
        {
            ["example.com"] = app => app.MapMethods("/image.png", ["GET", "HEAD"], () => Results.Bytes([0x89, 0x50, 0x4E, 0x47], "image/png")),
        });

        AssertFindings(await run.InspectAsync("/"));
    }
}
