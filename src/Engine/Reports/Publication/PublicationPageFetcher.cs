using ComplianceFns.Engine.Checking;
using ComplianceFns.Engine.Extraction;
using ComplianceFns.Engine.Fetching;
using ComplianceFns.Rules.Links;

namespace ComplianceFns.Engine.Reports.Publication;

/// <summary>
/// Requests pages for the publication checks through the inspection's own redirect follower (address guard, host
/// throttle, retries), and counts them against what is left of the site's page budget.
/// </summary>
public sealed class PublicationPageFetcher(RedirectFollower follower, int maxBodyBytes, int pageBudget)
{
    private int _remaining = pageBudget;

    public int Remaining => Volatile.Read(ref _remaining);

    /// <summary>The page, or null when the budget is spent (nothing is requested then).</summary>
    public async Task<FetchedPage?> FetchAsync(string url, CancellationToken cancellationToken)
    {
        if (Interlocked.Decrement(ref _remaining) < 0)
        {
            Interlocked.Increment(ref _remaining);
            return null;
        }

        var followed = await follower.FetchAsync(new Uri(url), FetchMode.GetBody, maxBodyBytes, cancellationToken).ConfigureAwait(false);
        var final = followed.Final;
        if (followed.Failure != LinkFailure.None)
        {
            return new FetchedPage(url, followed.FinalUrl, null, $"{followed.Failure.ToChinese()}（{final.FailureDetail}）");
        }

        if (final.StatusCode is < 200 or >= 300 || final.Body is null)
        {
            return new FetchedPage(url, followed.FinalUrl, null, $"HTTP {final.StatusCode}");
        }

        if (!ResultBuilder.IsHtml(final))
        {
            return new FetchedPage(url, followed.FinalUrl, null, null);
        }

        var decoded = CharsetDecoder.Decode(final.Body, final.ContentType);
        return new FetchedPage(url, followed.FinalUrl, decoded.Text, null);
    }
}
