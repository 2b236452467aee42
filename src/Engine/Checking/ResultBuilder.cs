using ComplianceFns.Engine.Extraction;
using ComplianceFns.Engine.Fetching;
using ComplianceFns.Rules.Links;

namespace ComplianceFns.Engine.Checking;

/// <summary>Turns a followed HTTP exchange (and the page parsed from it, if any) into a <see cref="LinkCheckResult"/>.</summary>
internal static class ResultBuilder
{
    public static LinkCheckResult Build(string url, FollowedResponse followed, ParsedPage? page, TimeSpan elapsed)
    {
        var final = followed.Final;
        var failure = followed.Failure;
        string? detail = final.FailureDetail;
        if (failure == LinkFailure.None)
        {
            failure = FailureOfStatus(final.StatusCode);
        }

        if (failure == LinkFailure.None && page is not null
            && SoftNotFoundDetector.Detect(page.Title, page.Headings, page.VisibleText, page.TextOutsideLinks) is { } phrase)
        {
            failure = LinkFailure.SoftNotFound;
            detail = phrase;
        }

        return new LinkCheckResult
        {
            Url = url,
            Failure = failure,
            StatusCode = final.Status is null ? null : final.StatusCode,
            RedirectChain = followed.Chain,
            Detail = detail,
            ContentType = final.ContentType,
            TargetTitle = page?.Title,
            TargetHeadings = page?.Headings ?? [],
            Attempts = followed.Attempts,
            Elapsed = elapsed,
        };
    }

    /// <summary>
    /// The failure a final status means. Our requests never name a cached copy, so a 304 leaves the browser with an
    /// empty page; 600 and above is outside HTTP (999 is a common bot wall) and never called a server error.
    /// </summary>
    public static LinkFailure FailureOfStatus(int status) => status switch
    {
        0 => LinkFailure.None,
        304 => LinkFailure.HttpNotModified,
        404 => LinkFailure.HttpNotFound,
        410 => LinkFailure.HttpGone,
        >= 400 and < 500 => LinkFailure.HttpClientError,
        >= 500 and < 600 => LinkFailure.HttpServerError,
        >= 600 => LinkFailure.HttpNonStandard,
        _ => LinkFailure.None,
    };

    public static bool IsHtml(FetchResponse response)
    {
        var type = response.ContentType;
        if (type is not null)
        {
            return type.Contains("html", StringComparison.OrdinalIgnoreCase);
        }

        // No Content-Type: sniff the start of the body as browsers do.
        if (response.Body is not { Length: > 0 } body)
        {
            return false;
        }

        var head = System.Text.Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, 512)).TrimStart();
        return head.StartsWith('<') && (head.Contains("<html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<!doctype", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<head", StringComparison.OrdinalIgnoreCase));
    }
}
