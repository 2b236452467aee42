namespace ComplianceFns.Engine.Crawling;

/// <summary>
/// robots.txt rules for one user agent (RFC 9309): the group naming our agent, else '*'; the longest matching
/// Allow/Disallow wins, Allow on a tie; '*' and '$' wildcards.
/// </summary>
public sealed class RobotsTxt
{
    private readonly List<(string Pattern, bool Allow)> _rules;

    private RobotsTxt(List<(string Pattern, bool Allow)> rules) => _rules = rules;

    public static RobotsTxt AllowAll { get; } = new([]);

    /// <summary>What RFC 9309 §2.3.1.3 prescribes while robots.txt is unreachable (5xx, network error).</summary>
    public static RobotsTxt DisallowAll { get; } = new([("/", false)]);

    public static RobotsTxt Parse(string content, string userAgentToken)
    {
        var groups = new List<(List<string> Agents, List<(string, bool)> Rules)>();
        List<string>? agents = null;
        List<(string, bool)>? rules = null;
        var lastWasAgent = false;
        foreach (var rawLine in content.Split('\n'))
        {
            var line = rawLine;
            var hash = line.IndexOf('#');
            if (hash >= 0)
            {
                line = line[..hash];
            }

            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var field = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (field == "user-agent")
            {
                if (!lastWasAgent)
                {
                    agents = [];
                    rules = [];
                    groups.Add((agents, rules));
                }

                agents!.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }

            lastWasAgent = false;
            if (rules is null)
            {
                continue;
            }

            if (field == "disallow" && value.Length > 0)
            {
                rules.Add((value, false));
            }
            else if (field == "allow" && value.Length > 0)
            {
                rules.Add((value, true));
            }
        }

        var token = userAgentToken.ToLowerInvariant();
        var chosen = groups.Where(g => g.Agents.Any(a => a != "*" && token.Contains(a, StringComparison.Ordinal))).ToList();
        if (chosen.Count == 0)
        {
            chosen = groups.Where(g => g.Agents.Contains("*")).ToList();
        }

        return new RobotsTxt(chosen.SelectMany(g => g.Rules).ToList());
    }

    /// <param name="pathAndQuery">The URL's path and query, percent-encoded as requested.</param>
    public bool IsAllowed(string pathAndQuery)
    {
        var best = -1;
        var allowed = true;
        foreach (var (pattern, allow) in _rules)
        {
            if (pattern.Length >= best && Matches(pattern, pathAndQuery))
            {
                if (pattern.Length > best || allow)
                {
                    allowed = allow;
                }

                best = pattern.Length;
            }
        }

        return allowed;
    }

    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        if (anchored)
        {
            pattern = pattern[..^1];
        }

        return Match(pattern, 0, path, 0, anchored);
    }

    // Two-pointer wildcard match: linear back-tracking to the last '*', so hostile patterns cannot explode.
    private static bool Match(string pattern, int p, string path, int s, bool anchored)
    {
        int star = -1, mark = 0;
        while (s < path.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = s;
            }
            else if (p < pattern.Length && pattern[p] == path[s])
            {
                p++;
                s++;
            }
            else if (!anchored && p == pattern.Length)
            {
                return true; // prefix match: the rest of the path is free
            }
            else if (star >= 0)
            {
                p = star + 1;
                s = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
