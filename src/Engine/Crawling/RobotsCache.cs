using System.Collections.Concurrent;
using System.Text;
using ComplianceFns.Engine.Fetching;
using ComplianceFns.Rules.Links;

namespace ComplianceFns.Engine.Crawling;

/// <summary>
/// One robots.txt fetch per origin per run (RFC 9309): a missing one (4xx) allows all; an unreachable one (5xx,
/// network error) disallows all and is reported, since the site's owner may want <c>IgnoreRobotsTxt</c>.
/// </summary>
public sealed class RobotsCache(RedirectFollower follower, string userAgent)
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _problems = new();

    /// <summary>Origins whose robots.txt could not be read, in Chinese, for the run record.</summary>
    public IReadOnlyCollection<string> Problems => _problems;

    private const int MaxRobotsBytes = 512 * 1024;
    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsTxt>>> _byOrigin = new(StringComparer.OrdinalIgnoreCase);

    public async Task<bool> IsAllowedAsync(Uri url, CancellationToken cancellationToken)
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        var robots = await _byOrigin.GetOrAdd(origin, o => new Lazy<Task<RobotsTxt>>(() => LoadAsync(o, cancellationToken))).Value.ConfigureAwait(false);
        return robots.IsAllowed(url.PathAndQuery);
    }

    private async Task<RobotsTxt> LoadAsync(string origin, CancellationToken cancellationToken)
    {
        var response = await follower.FetchAsync(new Uri(origin + "/robots.txt"), FetchMode.GetBody, MaxRobotsBytes, cancellationToken).ConfigureAwait(false);
        var status = response.Final.StatusCode;
        if (response.Failure != LinkFailure.None || status >= 500)
        {
            var why = response.Failure != LinkFailure.None ? response.Failure.ToChinese() : $"HTTP {status}";
            _problems.Enqueue($"{origin}/robots.txt 无法读取（{why}），按 RFC 9309 视为禁止抓取该站点的其他页面；如为本单位网站，可在站点配置中设置 IgnoreRobotsTxt");
            return RobotsTxt.DisallowAll;
        }

        if (status is < 200 or >= 300 || response.Final.Body is null)
        {
            return RobotsTxt.AllowAll;
        }

        var token = userAgent.Split('/', ' ')[0];
        return RobotsTxt.Parse(Encoding.UTF8.GetString(response.Final.Body), token);
    }
}
