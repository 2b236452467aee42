using System.Globalization;
using ComplianceFns.Rules.Catalogue;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Rules.Links;

/// <summary>Builds link findings with the rule, severity, Chinese message, evidence and fingerprint they need.</summary>
public static class LinkFindingFactory
{
    /// <summary>How many page URLs a shared-link finding lists in its evidence.</summary>
    public const int MaxListedPages = 10;

    /// <summary>The evidence key of a shared (template) link finding: how many pages carry it, and some of them.</summary>
    public const string SharedPagesEvidence = "pages";

    private const int MaxPagesInMessage = 3;

    /// <summary>
    /// The rule a failed check falls under: the hints and a local file whatever the kind, embedded resources by kind,
    /// then failures after redirects, then the failure itself. A missing fragment stays a missing fragment after
    /// redirects: the page itself was reached. Null when the link works.
    /// </summary>
    public static RuleDescriptor? RuleFor(LinkKind kind, LinkCheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.IsBroken)
        {
            return null;
        }

        // A link to a private address is named as such even when a redirect led there.
        if (result.Failure == LinkFailure.BlockedAddress && !kind.IsEmbeddedResource())
        {
            return LinkRules.PrivateAddress;
        }

        // Hints whatever the kind: neither says for sure that readers cannot open the target.
        switch (result.Failure)
        {
            case LinkFailure.HttpNonStandard:
                return LinkRules.NonStandardStatus;
            case LinkFailure.FtpLink:
                return LinkRules.FtpLink;
        }

        // An address on the author's own computer (an image pasted from Word, a desktop file) is named as such whatever
        // the element: the fix is to upload the file and link to it, not to repair a server.
        if (result.Failure == LinkFailure.LocalFile)
        {
            return LinkRules.LocalFile;
        }

        switch (kind)
        {
            case LinkKind.Image:
                return LinkRules.BrokenImage;
            case LinkKind.Script:
                return LinkRules.BrokenScript;
            case LinkKind.Stylesheet:
                return LinkRules.BrokenStylesheet;
            case LinkKind.Media:
                return LinkRules.BrokenMedia;
        }

        if (result.FailedAfterRedirect)
        {
            return LinkRules.RedirectError;
        }

        return result.Failure switch
        {
            LinkFailure.HttpNotFound => LinkRules.Http404,
            LinkFailure.HttpGone => LinkRules.Http410,
            LinkFailure.HttpClientError => LinkRules.Http4xx,
            LinkFailure.HttpServerError => LinkRules.Http5xx,
            LinkFailure.Timeout => LinkRules.Timeout,
            LinkFailure.ConnectionRefused => LinkRules.ConnectionRefused,
            LinkFailure.ConnectionError => LinkRules.ConnectionError,
            LinkFailure.DnsFailure => LinkRules.DnsFailure,
            LinkFailure.TlsFailure => LinkRules.TlsFailure,
            LinkFailure.RedirectLoop => LinkRules.RedirectLoop,
            LinkFailure.TooManyRedirects => LinkRules.TooManyRedirects,
            LinkFailure.SoftNotFound => LinkRules.SoftNotFound,
            LinkFailure.MissingFragment => LinkRules.MissingFragment,
            LinkFailure.BlockedAddress => LinkRules.PrivateAddress,
            LinkFailure.InvalidUrl => LinkRules.InvalidUrl,
            LinkFailure.HttpNotModified => LinkRules.NotModified,
            LinkFailure.LocalFile => LinkRules.LocalFile,
            _ => throw new ArgumentOutOfRangeException(nameof(result), result.Failure, "Unknown link failure."),
        };
    }

    /// <summary>The finding for one broken link on one page; null when the check found nothing wrong.</summary>
    public static Finding? ForBrokenLink(string siteId, LinkReference reference, LinkCheckResult result, DateTimeOffset detectedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(siteId);
        ArgumentNullException.ThrowIfNull(reference);
        var rule = RuleFor(reference.Kind, result);
        if (rule is null)
        {
            return null;
        }

        var fragment = FragmentOf(reference, result);
        return new Finding
        {
            RuleId = rule.Id,
            Severity = rule.Severity,
            SiteId = siteId,
            PageUrl = reference.PageUrl,
            TargetUrl = reference.TargetUrl,
            Text = reference.Text,
            Message = $"页面 {reference.PageUrl} 中的{Subject(reference)}{LinkFailureText.Describe(reference.Kind, result, fragment)}。",
            Evidence = BrokenEvidence(reference, result, fragment),
            Fingerprint = Fingerprint(rule, siteId, reference.PageUrl, reference, result, fragment),
            FirstSeen = detectedAt,
            LastSeen = detectedAt,
        };
    }

    /// <summary>A 错链: the link works but leads to a page the link text does not describe.</summary>
    public static Finding ForWrongLink(string siteId, LinkReference reference, WrongLinkVerdict verdict, string targetUrl, DateTimeOffset detectedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(siteId);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetUrl);

        var rule = LinkRules.WrongTarget;
        var actual = verdict.ActualTitle ?? string.Empty;
        return new Finding
        {
            RuleId = rule.Id,
            Severity = rule.Severity,
            SiteId = siteId,
            PageUrl = reference.PageUrl,
            TargetUrl = targetUrl,
            Text = reference.Text,
            Message = $"页面 {reference.PageUrl} 中的{Subject(reference)}指向的页面标题为“{actual}”，与链接文字不符（疑似错链）。",
            Evidence =
            [
                new("expected", verdict.ExpectedName),
                new("actual", actual),
                new("score", verdict.Score.ToString("0.00", CultureInfo.InvariantCulture)),
                new("reason", verdict.Reason),
                new("case", verdict.Case.ToString()),
                new("kind", reference.Kind.ToString()),
                new("href", reference.RawHref),
            ],
            Fingerprint = FindingFingerprint.Compute(rule.Id, siteId, reference.PageUrl, targetUrl),
            FirstSeen = detectedAt,
            LastSeen = detectedAt,
        };
    }

    /// <summary>
    /// One finding for a broken template link (header, footer, sidebar) found on many pages of a site. The
    /// fingerprint uses "*" as the page, so it stays the same whichever page the crawl reaches first.
    /// </summary>
    /// <exception cref="ArgumentException">No pages, or the result is not broken.</exception>
    public static Finding ForSharedLink(
        string siteId, IReadOnlyList<string> pageUrls, LinkReference first, LinkCheckResult result, DateTimeOffset detectedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(siteId);
        ArgumentNullException.ThrowIfNull(pageUrls);
        ArgumentNullException.ThrowIfNull(first);
        var pages = pageUrls.Where(url => !string.IsNullOrWhiteSpace(url)).Distinct(StringComparer.Ordinal).ToList();
        if (pages.Count == 0)
        {
            throw new ArgumentException("A shared link needs at least one page.", nameof(pageUrls));
        }

        var rule = RuleFor(first.Kind, result)
            ?? throw new ArgumentException("A shared-link finding needs a broken result.", nameof(result));
        var fragment = FragmentOf(first, result);
        var examples = string.Join('、', pages.Take(MaxPagesInMessage));
        var etc = pages.Count > MaxPagesInMessage ? " 等" : string.Empty;
        var evidence = BrokenEvidence(first, result, fragment);
        evidence.Add(new(SharedPagesEvidence, $"{pages.Count}: {string.Join(' ', pages.Take(MaxListedPages))}"));

        return new Finding
        {
            RuleId = rule.Id,
            Severity = rule.Severity,
            SiteId = siteId,
            PageUrl = first.PageUrl,
            TargetUrl = first.TargetUrl,
            Text = first.Text,
            Message = $"本站共 {pages.Count} 个页面（如 {examples}{etc}）中的{Subject(first)}"
                + $"{LinkFailureText.Describe(first.Kind, result, fragment)}。该链接位于页头、页脚等公共区域，修改页面模板即可一并修复。",
            Evidence = evidence,
            Fingerprint = Fingerprint(rule, siteId, "*", first, result, fragment),
            FirstSeen = detectedAt,
            LastSeen = detectedAt,
        };
    }

    private static string Subject(LinkReference reference)
    {
        var text = reference.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return $"{reference.Kind.ToChinese()}（{reference.RawHref}）";
        }

        // A bare URL as link text (common in PDF and Word attachments) is the address already: say it once.
        return string.Equals(text, reference.RawHref.Trim(), StringComparison.Ordinal)
            || string.Equals(text, reference.TargetUrl, StringComparison.Ordinal)
            ? $"{reference.Kind.ToChinese()}“{text}”"
            : $"{reference.Kind.ToChinese()}“{text}”（{reference.RawHref}）";
    }

    private static List<KeyValuePair<string, string>> BrokenEvidence(LinkReference reference, LinkCheckResult result, string? fragment)
    {
        var evidence = new List<KeyValuePair<string, string>>();
        if (result.StatusCode is { } status)
        {
            evidence.Add(new("status", status.ToString(CultureInfo.InvariantCulture)));
        }

        if (result.RedirectChain.Count > 0)
        {
            evidence.Add(new("redirects", LinkFailureText.Chain(result)));
        }

        if (!string.IsNullOrWhiteSpace(result.Detail))
        {
            evidence.Add(new("detail", result.Detail));
        }

        evidence.Add(new("attempts", result.Attempts.ToString(CultureInfo.InvariantCulture)));
        evidence.Add(new("kind", reference.Kind.ToString()));
        evidence.Add(new("href", reference.RawHref));
        evidence.Add(new("failure", result.Failure.ToString()));
        if (result.Failure == LinkFailure.MissingFragment && fragment is not null)
        {
            evidence.Add(new("fragment", fragment));
        }

        return evidence;
    }

    /// <summary>
    /// Identity of a broken link: the same link on the same page stays one finding whether it times out today and
    /// answers 404 tomorrow, so the rule family, not the rule, is hashed (the rule is an attribute the store updates).
    /// A missing anchor is a different defect of a working link and keeps its own identity.
    /// </summary>
    private static string Fingerprint(
        RuleDescriptor rule, string siteId, string pageUrl, LinkReference reference, LinkCheckResult result, string? fragment)
    {
        var missingAnchor = result.Failure == LinkFailure.MissingFragment;
        return FindingFingerprint.Compute(
            missingAnchor ? rule.Id : BrokenLinkFamily, siteId, pageUrl, reference.TargetUrl ?? reference.RawHref, missingAnchor ? fragment : null);
    }

    /// <summary>The fingerprint family shared by every rule that says a link does not work.</summary>
    public const string BrokenLinkFamily = "link.broken";

    private static string? FragmentOf(LinkReference reference, LinkCheckResult result) =>
        result.Failure != LinkFailure.MissingFragment ? null
        : reference.Fragment is { } fragment ? FragmentTarget.Display(fragment)
        : UrlCanonicalizer.Fragment(reference.RawHref);
}
