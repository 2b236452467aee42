using ComplianceFns.Engine.Inspection;
using ComplianceFns.Rules.Links;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ComplianceFns.Engine.Tests.PeerFixtures;

/// <summary>
/// lychee's fixtures, each served on 127.0.0.1 and inspected; the expectations are those of lychee-bin/tests/cli.rs and
/// lychee-lib's HTML extractor tests, except where README.md's "Link rules" says we differ.
/// </summary>
public sealed class LycheeFixtureTests
{
    /// <summary>Every path of the host answers 200 with an empty body, as lychee's wiremock servers do.</summary>
    private static Dictionary<string, Action<WebApplication>> AllFine(params string[] hosts) =>
        hosts.ToDictionary(h => h, _ => (Action<WebApplication>)(app => app.MapFallback("{*path}", () => Results.Ok())));

    private static void AssertFindings(InspectionResult result, params (string RuleId, string TargetEnd)[] expected) =>
        PeerFixtureRun.AssertFindings(result, expected);

    private static IEnumerable<string> MissingAnchors(InspectionResult result) =>
        result.Findings.Where(f => f.RuleId == LinkRules.MissingFragment.Id).Select(f => f.EvidenceValue("detail")!).Order(StringComparer.Ordinal);

    [Fact]
    public async Task Fragments_ids_match_raw_then_decoded_and_only_the_two_missing_anchors_are_reported()
    {
        await using var run = await PeerFixtureRun.StartAsync("lychee/fragments", new()
        {
            // GitHub renders the README heading with its user-content- prefix; its script scrolls #table-of-contents there.
            ["github.com"] = app => app.MapGet("/lycheeverse/lychee", () => Results.Content(
                "<html><body><h2 id=\"user-content-table-of-contents\">Table of Contents</h2></body></html>", "text/html")),
        });

        var result = await run.InspectAsync("/file.html");

        // lychee: #in-THE-begiNNing and #in-the-end fail; #tangent%3A-kustomize (raw), #Upper-%C3%84… (decoded), #, #top pass.
        Assert.Equal(["#in-THE-begiNNing", "#in-the-end"], MissingAnchors(result));
        Assert.Equal(2, result.Findings.Count);
        Assert.Equal(1, run.Mock("github.com").CountOf("GET", "/lycheeverse/lychee"));
    }

    [Fact]
    public async Task Fragments_markdown_files_are_fetched_as_targets_but_not_read_for_links()
    {
        await using var run = await PeerFixtureRun.StartAsync("lychee/fragments", AllFine("github.com"));

        var result = await run.InspectAsync("/file.html", "/file1.md");

        // lychee reads a Markdown start file for links; a site is read as a browser reads it, so a Markdown document given
        // as a start page is named as one that cannot be shown as a page, and nothing in it is followed.
        var start = Assert.Single(result.Findings, f => f.PageUrl.EndsWith(".md", StringComparison.Ordinal));
        Assert.Equal(LinkRules.StartPageUnreachable.Id, start.RuleId);
        Assert.Contains("text/markdown", start.Message, StringComparison.Ordinal);
        Assert.Equal(0, run.Site.CountOf("GET", "/file2.md"));
    }

    [Theory]
    [InlineData("/empty_dir/", true)]
    [InlineData("/empty_dir", true)]
    [InlineData("/sub_dir/", true)]
    [InlineData("/sub_dir", true)]
    [InlineData("/zero.bin", true)]
    [InlineData("/sub_dir_non_existing_1/", false)]
    [InlineData("/sub_dir_non_existing_2", false)]
    public async Task Fragments_directories_and_binary_files_are_reached_as_a_browser_reaches_them(string path, bool reachable)
    {
        await using var run = await PeerFixtureRun.StartAsync("lychee/fragments", extra: app => app.MapGet("/links.html", () => Results.Content(
            $"<a href=\"{path}\">更多</a><a href=\"/zero.bin#fragment\">下载</a><a href=\"/sub_dir#a-link-inside-index-html-inside-sub-dir\">详细</a>", "text/html")));

        var result = await run.InspectAsync("/links.html");

        // A directory without its slash is redirected and the fragment kept (lychee reads the file system and fails
        // "sub_dir#…"); a fragment on a binary file is not looked for.
        if (reachable)
        {
            AssertFindings(result);
        }
        else
        {
            AssertFindings(result, (LinkRules.Http404.Id, path));
        }
    }

    [Fact]
    public async Task Fragments_missing_anchors_in_directories_are_found_after_the_redirect()
    {
        await using var run = await PeerFixtureRun.StartAsync("lychee/fragments", extra: app => app.MapGet("/links.html", () => Results.Content(
            "<a href=\"sub_dir/#non-existing-fragment-1\">1</a><a href=\"sub_dir#non-existing-fragment-2\">2</a>"
            + "<a href=\"empty_dir/#non-existing-fragment-3\">3</a><a href=\"empty_dir#non-existing-fragment-4\">4</a>", "text/html")));

        var result = await run.InspectAsync("/links.html");

        Assert.Equal(["#non-existing-fragment-1", "#non-existing-fragment-2", "#non-existing-fragment-3", "#non-existing-fragment-4"], MissingAnchors(result));
    }

    [Fact]
    public async Task ResolvePaths_root_relative_links_and_a_space_in_a_path_reach_their_pages()
    {
        await using var run = await PeerFixtureRun.StartAsync("lychee/resolve_paths");

        var result = await run.InspectAsync("/index.html");

        AssertFindings(result);
        Assert.Contains(run.Site.Url("/another%20page").AbsoluteUri, result.VerifiedTargets);
    }

    [Fact]
    public async Task ResolvePaths_index2_links_that_leave_the_served_folder_are_broken()
    {
        await using var run = await PeerFixtureRun.StartAsync("lychee/resolve_paths");

        var result = await run.InspectAsync("/index2.html");

        // Served from resolve_paths itself, "resolve_paths/…" points one level too deep; the empty page has no #y.
        AssertFindings(
            result,
            (LinkRules.MissingFragment.Id, "/another%20page"),
            (LinkRules.Http404.Id, "/resolve_paths/index.html"),
            (LinkRules.Http404.Id, "/resolve_paths/same%20folder.html"));
    }

    [Fact]
    public async Task ResolvePathsFromRootDir_only_the_missing_and_bad_anchors_are_reported()
    {
        await using var run = await PeerFixtureRun.StartAsync("lychee/resolve_paths_from_root_dir");

        var result = await run.InspectAsync("/nested/index.html");

        // The page answers at /nested/index.html and, through "/nested", at /nested/: two addresses, each reported.
        Assert.Equal(["#bad", "#missing"], MissingAnchors(result).Distinct());
        Assert.All(result.Findings, f => Assert.Equal(LinkRules.MissingFragment.Id, f.RuleId));
    }

    [Theory]
    [InlineData("/should-match.html")]
    [InlineData("/should-not-match.html")]
    public async Task TextFragments_never_name_an_element_so_are_never_reported(string page)
    {
        // lychee searches the text and fails should-not-match; a browser opens the page either way (README: Link rules).
        await using var run = await PeerFixtureRun.StartAsync("lychee/text_fragments");

        var result = await run.InspectAsync(page);

        AssertFindings(result);
        Assert.Contains(run.Site.Url("/index.html").AbsoluteUri, result.VerifiedTargets);
    }

    [Fact]
    public async Task Html5_the_icon_stylesheets_and_script_are_checked_and_rel_home_is_not()
    {
        await using var run = await PeerFixtureRun.StartAsync("lychee", AllFine("example.com"));

        var result = await run.InspectAsync("/TEST_HTML5.html");

        AssertFindings(
            result,
            (LinkRules.BrokenImage.Id, "/images/icon.png"),
            (LinkRules.BrokenStylesheet.Id, "/css/style_relative_url.css"),
            (LinkRules.BrokenScript.Id, "/js/script.js"));
        Assert.Equal(
            ["GET /body/a", "GET /body/div_empty_a", "HEAD /css/style_full_url.css"],
            run.Mock("example.com").Requests.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Html5CustomElements_attributes_of_unknown_elements_are_not_links()
    {
        await using var run = await PeerFixtureRun.StartAsync("lychee", AllFine("example.com"));

        AssertFindings(await run.InspectAsync("/TEST_HTML5_CUSTOM_ELEMENTS.html"));
        Assert.Empty(run.Mock("example.com").Requests);
    }

    [Fact]
    public async Task Html5LowercaseDoctype_the_body_link_is_checked()
    {
        await using var run = await PeerFixtureRun.StartAsync("lychee", AllFine("example.com"));

        AssertFindings(await run.InspectAsync("/TEST_HTML5_LOWERCASE_DOCTYPE.html"));
        Assert.Equal(["GET /body/a"], run.Mock("example.com").Requests);
    }

    [Fact]
    public async Task Html5MalformedLinks_a_semicolon_scheme_is_a_relative_path_and_a_bracket_host_is_invalid()
    {
        await using var run = await PeerFixtureRun.StartAsync("lychee", AllFine("example.com"));

        var result = await run.InspectAsync("/TEST_HTML5_MALFORMED_LINKS.html");

        AssertFindings(result, (LinkRules.Http404.Id, "/https;//example.com/malformed_one"), (LinkRules.InvalidUrl.Id, string.Empty));
        Assert.Equal(["GET /valid"], run.Mock("example.com").Requests);
    }

    [Fact]
    public async Task Html5Minified_unquoted_attributes_are_read_and_the_shortcut_icon_is_checked()
    {
        await using var run = await PeerFixtureRun.StartAsync("lychee", AllFine("example.com"));

        AssertFindings(await run.InspectAsync("/TEST_HTML5_MINIFIED.html"));
        Assert.Equal(
            ["GET /", "GET /docs/", "GET /forum", "HEAD /favicon.ico"],
            run.Mock("example.com").Requests.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Verbatim_urls_in_text_and_scripts_are_not_links_but_an_anchor_in_pre_is()
    {
        await using var run = await PeerFixtureRun.StartAsync("lychee", AllFine("www.example.com"));

        AssertFindings(await run.InspectAsync("/TEST_VERBATIM.html"));
        Assert.Equal(["GET /pre/a"], run.Mock("www.example.com").Requests);
    }

    [Fact]
    public async Task DataUris_are_skipped_and_a_link_to_localhost_is_a_private_address()
    {
        await using var run = await PeerFixtureRun.StartAsync("lychee", AllFine("www.w3.org"));

        var result = await run.InspectAsync("/TEST_DATA_URIS.html");

        AssertFindings(result, (LinkRules.PrivateAddress.Id, "localhost/assets/img/bg-water.webp"));
        Assert.Equal(["GET /2000/svg"], run.Mock("www.w3.org").Requests);
    }

    [Fact]
    public async Task LinkPeriod_a_trailing_period_belongs_to_the_url()
    {
        await using var run = await PeerFixtureRun.StartAsync("lychee", AllFine("www.example.com"));

        AssertFindings(await run.InspectAsync("/LINK_PERIOD.html"));
        Assert.Equal(["GET /smth."], run.Mock("www.example.com").Requests);
    }
}
