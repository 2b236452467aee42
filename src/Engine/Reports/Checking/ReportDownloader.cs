using System.Globalization;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Fetching;
using ComplianceFns.Engine.Reports.Documents;
using ComplianceFns.Rules.Links;

namespace ComplianceFns.Engine.Reports.Checking;

/// <summary>
/// Fetches report URLs through the engine's fetcher: redirects followed hop by hop, the address guard, retries and the
/// size cap. The hosts of the given URLs may be private (an intranet portal, the loopback sample), as a site's own
/// hosts may; a redirect elsewhere may not. Every failure is one Chinese message naming the URL.
/// </summary>
internal sealed class ReportDownloader : IDisposable
{
    private readonly HttpFetcher fetcher;
    private readonly RedirectFollower follower;
    private readonly int maxBytes;

    public ReportDownloader(IEnumerable<Uri> urls, CrawlOptions options, IHostResolver resolver, TimeProvider time, long maxDocumentBytes)
    {
        var guard = new AddressGuard(urls.Select(url => url.IdnHost).Distinct(StringComparer.OrdinalIgnoreCase));
        fetcher = new HttpFetcher(options, guard, resolver);
        var throttle = new HostThrottle(options.PerHostConcurrency, options.TotalConcurrency, options.PolitenessDelay, time);
        follower = new RedirectFollower(fetcher, throttle, options, time);
        maxBytes = (int)Math.Min(Math.Min(options.MaxAttachmentBytes, maxDocumentBytes), int.MaxValue);
    }

    /// <summary>The body, its Content-Type and where redirects ended, or the failure naming the URL.</summary>
    public async Task<(byte[]? Body, string? ContentType, Uri FinalUrl, ReportReadFailure? Failure)> DownloadAsync(Uri url, CancellationToken ct)
    {
        var download = await GetAsync(url, ct).ConfigureAwait(false);
        return download switch
        {
            { Failure: { } failure } => (null, null, download.FinalUrl, Failed(url, $"无法下载（{failure}）")),
            { Refusal: { } refusal } => (null, null, download.FinalUrl, Failed(url, refusal)),
            _ => (download.Body, download.ContentType, download.FinalUrl, null),
        };
    }

    /// <summary>A later page of a paginated report page, fetched like the first: its text when it is a web page, or why not.</summary>
    public async Task<ReportPageFetch> FetchPageAsync(Uri url, CancellationToken ct)
    {
        var download = await GetAsync(url, ct).ConfigureAwait(false);
        return download.Body is { } body
            ? new ReportPageFetch(download.FinalUrl, ReportDocumentReader.DecodeHtml(body, download.ContentType), null)
            : new ReportPageFetch(download.FinalUrl, null, download.Failure ?? download.Refusal);
    }

    private async Task<Download> GetAsync(Uri url, CancellationToken ct)
    {
        var followed = await follower.FetchAsync(url, FetchMode.GetWholeBody, maxBytes, ct).ConfigureAwait(false);
        var final = followed.Final;
        if (followed.Failure != LinkFailure.None || final.Status is null)
        {
            return new Download(followed.FinalUrl, null, null, Describe(followed), null);
        }

        if (final.StatusCode is < 200 or > 299)
        {
            return new Download(followed.FinalUrl, null, null, $"服务器返回 HTTP {final.StatusCode}", null);
        }

        if (final.BodyTruncated)
        {
            // The size named is the server's own (Content-Length), never what was read before the cap stopped it.
            return new Download(followed.FinalUrl, null, null, null, final.DeclaredLength is { } size && size > maxBytes
                ? $"文件大小为{Megabytes(size)}，超过上限{Megabytes(maxBytes)}，未读取"
                : $"文件大小超过上限{Megabytes(maxBytes)}，未读取");
        }

        return new Download(followed.FinalUrl, final.Body ?? [], final.ContentType, null, null);
    }

    public void Dispose() => fetcher.Dispose();

    private static string Describe(FollowedResponse followed) => followed.Failure switch
    {
        LinkFailure.RedirectLoop => "跳转形成循环",
        LinkFailure.TooManyRedirects => $"跳转次数过多（{followed.Chain.Count} 次）",
        LinkFailure.BlockedAddress => $"目标地址 {followed.Final.FailureDetail} 不是公网地址，已拒绝连接",
        _ => followed.Final.FailureDetail ?? followed.Failure.ToChinese(),
    };

    private static ReportReadFailure Failed(Uri url, string reason) => new(url.AbsoluteUri, $"{url.AbsoluteUri}：{reason}");

    /// <param name="Failure">Why nothing could be downloaded (network, HTTP status), in Chinese.</param>
    /// <param name="Refusal">Why the body was not read (over the size cap), in Chinese.</param>
    private sealed record Download(Uri FinalUrl, byte[]? Body, string? ContentType, string? Failure, string? Refusal);

    private static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB";
}
