namespace ComplianceFns.Rules.Links;

/// <summary>The outcome of checking one distinct target URL once in a run.</summary>
public sealed record LinkCheckResult
{
    /// <summary>The canonical URL that was checked.</summary>
    public required string Url { get; init; }

    public required LinkFailure Failure { get; init; }

    /// <summary>The last HTTP status received, if any.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Every URL visited after <see cref="Url"/>, in order (empty without redirects).</summary>
    public IReadOnlyList<string> RedirectChain { get; init; } = [];

    /// <summary>A short technical detail (exception message, resolved address, matched soft-404 phrase).</summary>
    public string? Detail { get; init; }

    public string? ContentType { get; init; }

    /// <summary>The target page's title, when it was an HTML page that was read (used for wrong-link checks).</summary>
    public string? TargetTitle { get; init; }

    /// <summary>The target page's main headings (h1–h3 and similar), used for wrong-link checks.</summary>
    public IReadOnlyList<string> TargetHeadings { get; init; } = [];

    /// <summary>How many attempts were made (retries on 429/503/timeouts).</summary>
    public int Attempts { get; init; } = 1;

    public TimeSpan Elapsed { get; init; }

    public bool IsBroken => Failure != LinkFailure.None;

    /// <summary>True when the failure came at the end of a redirect chain.</summary>
    public bool FailedAfterRedirect => RedirectChain.Count > 0 && Failure is not (LinkFailure.None or LinkFailure.RedirectLoop or LinkFailure.TooManyRedirects or LinkFailure.MissingFragment);
}
