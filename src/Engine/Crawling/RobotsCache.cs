using System.Collections.Concurrent;
using System.Text;
using ComplianceFns.Engine.Fetching;
using ComplianceFns.Rules.Links;

namespace ComplianceFns.Engine.Crawling;

/// <summary>One robots.txt fetch per origin per run. An unreadable robots.txt (404, error, timeout) allows all.</summary>
public sealed class RobotsCache(RedirectFollower follower, string userAgent)
{
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
        if (response.Failure != LinkFailure.None || response.Final.StatusCode is < 200 or >= 300 || response.Final.Body is null)
        {
            return RobotsTxt.AllowAll;
        }

        var token = userAgent.Split('/', ' ')[0];
        return RobotsTxt.Parse(Encoding.UTF8.GetString(response.Final.Body), token);
    }
}
