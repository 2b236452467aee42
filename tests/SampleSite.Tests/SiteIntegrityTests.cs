using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ComplianceFns.SampleSite.Manifest;

namespace ComplianceFns.SampleSite.Tests;

/// <summary>
/// Crawls the whole sample site the simple way and checks that the broken targets it meets are exactly the planted
/// ones: a typo in the content would otherwise show up as an unplanned finding in every engine test.
/// </summary>
public sealed partial class SiteIntegrityTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    [Fact]
    public async Task Crawl_from_the_home_page_meets_exactly_the_planted_defects()
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false })
        {
            Timeout = TimeSpan.FromSeconds(1.5),
        };
        var baseUri = site.Server.BaseUri;
        var notFollowed = SampleSiteManifest.NotReportedUrls(baseUri).ToHashSet();
        var queue = new Queue<Uri>([baseUri]);
        var visited = new HashSet<string> { baseUri.AbsoluteUri };
        var checkedTargets = new Dictionary<string, bool>();
        var broken = new HashSet<string>();

        while (queue.TryDequeue(out var page))
        {
            var html = Encoding.Latin1.GetString(await client.GetByteArrayAsync(page)); // hrefs are ASCII, whatever the charset
            var baseHref = BasePattern().Match(html) is { Success: true } m ? new Uri(page, m.Groups["href"].Value) : page;
            foreach (var href in HtmlLinks.Hrefs(BasePattern().Replace(html, "")).Where(h => !h.StartsWith("javascript:")))
            {
                if (!Uri.TryCreate(baseHref, href, out var target) || href.Contains(' ') || target.Scheme is not ("http" or "https"))
                {
                    broken.Add(href);
                    continue;
                }
                var withoutFragment = new UriBuilder(target) { Fragment = "" }.Uri;
                var key = target.AbsoluteUri;
                if (!checkedTargets.ContainsKey(key))
                {
                    var ok = target.Authority == baseUri.Authority && await WorksAsync(client, target);
                    checkedTargets[key] = ok;
                    if (!ok)
                    {
                        broken.Add(key);
                    }
                }
                if (checkedTargets[key] && target.Authority == baseUri.Authority && !notFollowed.Contains(withoutFragment.AbsoluteUri)
                    && (withoutFragment.AbsolutePath.EndsWith(".html") || withoutFragment.AbsolutePath.EndsWith('/'))
                    && visited.Add(withoutFragment.AbsoluteUri))
                {
                    queue.Enqueue(withoutFragment);
                }
            }
        }

        var planted = site.Server.ExpectedDefects()
            .Where(d => d.RuleId != "link.wrong-target" && !d.PagePath.EndsWith(".pdf") && !d.PagePath.EndsWith(".docx"))
            .Select(d => d.Target)
            .ToHashSet();
        Assert.Equal(planted.Order(), broken.Order());
        var staticPages = Pages.EmbeddedContent.AllPaths
            .Where(p => p.EndsWith(".html") && !p.StartsWith("/_partials/") && !p.StartsWith("/private/"))
            .Where(p => p != SampleSiteManifest.MissingReportPath) // the annual report planted as missing: unlinked until published
            .Select(p => site.Url(p).AbsoluteUri);
        Assert.Subset(visited.Select(v => v.EndsWith('/') ? v + "index.html" : v).ToHashSet(), staticPages.ToHashSet());
        Assert.DoesNotContain(site.Url(SampleSiteManifest.RobotsExcludedPagePath).AbsoluteUri, visited);
    }

    /// <summary>200 within 10 redirects (a 3xx without a Location, such as 304, is no redirect), not a "页面不存在" page, fragment present; one retry for 429/503.</summary>
    private static async Task<bool> WorksAsync(HttpClient client, Uri target)
    {
        var current = target;
        for (var hop = 0; hop <= 10; hop++)
        {
            HttpResponseMessage response;
            string body;
            try
            {
                response = await client.GetAsync(current);
                if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
                {
                    await Task.Delay(TimeSpan.FromSeconds(1));
                    response = await client.GetAsync(current);
                }
                body = await response.Content.ReadAsStringAsync();
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return false;
            }
            using (response)
            {
                if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    current = new Uri(current, location);
                    continue;
                }
                var fragment = target.Fragment.TrimStart('#');
                return response.StatusCode == HttpStatusCode.OK
                    && !HtmlLinks.Title(body).StartsWith("页面不存在")
                    && (fragment.Length == 0 || body.Contains($"id=\"{fragment}\""));
            }
        }
        return false;
    }

    [GeneratedRegex("<base href=\"(?<href>[^\"]*)\"")]
    private static partial Regex BasePattern();
}
