using ComplianceFns.Engine.Alerts;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Inspection;
using ComplianceFns.Engine.Pipeline;
using ComplianceFns.Engine.Reports.Checking;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Engine.Uploads;

namespace ComplianceFns.Cli.Output;

/// <summary>
/// <c>--mail-out DIR</c>: the mails the Functions app would send after this inspection, written as <c>.eml</c>
/// instead of sent: the immediate alert (when the run calls for one) and the daily digest of the site, composed by
/// the same code as the real mails.
/// </summary>
public static class MailPreviewWriter
{
    public const string AlertFileName = "alert.eml";

    public const string DigestFileName = "daily-digest.eml";

    /// <summary>
    /// Writes the files and returns their full paths (the alert's only when there is an alert). The alert is the
    /// one <paramref name="outcome"/> raises; the digest covers (<paramref name="since"/>, <paramref name="now"/>] with
    /// <paramref name="lastRun"/> as the latest inspection.
    /// </summary>
    public static Task<IReadOnlyList<string>> WriteAsync(
        string folder, IReadOnlyList<string> to, SiteOptions site, InspectionOutcome outcome, RunRecord lastRun, IFindingStore store, DateTimeOffset since, DateTimeOffset now,
        CancellationToken cancellationToken) =>
        WriteAsync(folder, to, InspectionAlerts.For(site, outcome, now), (site.Id, site.Name, site.AlertRecipients), lastRun, store, since, now, cancellationToken);

    /// <summary>
    /// The same for annual reports checked by <c>check-report</c>: one alert naming every report that could not be read
    /// or has serious issues (worded as the upload function's alert), and, when the run was stored, the daily digest of
    /// the reports' site.
    /// </summary>
    public static Task<IReadOnlyList<string>> WriteAsync(
        string folder, IReadOnlyList<string> to, ReportCheckRun run, IFindingStore store, DateTimeOffset since, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var site = new UploadSite(run.SiteId, null, []);
        var alerts = run.Results.Select(result => UploadAlert.ForCheckedReport(result, site, now)).OfType<Alert>().ToList();
        return WriteAsync(folder, to, alerts, (run.SiteId, null, []), run.Run, store, since, now, cancellationToken);
    }

    /// <summary>The alert mail when there are alerts, the digest when there is a stored run: the files' full paths.</summary>
    private static async Task<IReadOnlyList<string>> WriteAsync(
        string folder, IReadOnlyList<string> to, IReadOnlyList<Alert> alerts, (string Id, string? Name, IReadOnlyList<string> Recipients) site,
        RunRecord? lastRun, IFindingStore store, DateTimeOffset since, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var options = new AlertOptions();
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        if (alerts.Count > 0)
        {
            var alert = AlertMailComposer.Compose(to, alerts, options.SubjectPrefix);
            written.Add(await WriteAsync(alert, folder, AlertFileName, now, cancellationToken).ConfigureAwait(false));
        }

        if (lastRun is not null)
        {
            var findings = await store.GetFindingsAsync(site.Id, null, cancellationToken).ConfigureAwait(false);
            var digest = SiteDigest.From(site.Id, site.Name, site.Recipients, findings, lastRun, since, now);
            var mail = DigestComposer.Compose(to, [digest], since, now, options.SubjectPrefix, options.DigestFindingsPerSite);
            written.Add(await WriteAsync(mail, folder, DigestFileName, now, cancellationToken).ConfigureAwait(false));
        }

        return written;
    }

    /// <summary>The recipients of <c>--mail-to</c>: addresses separated by commas (or the Chinese ，、；).</summary>
    public static IReadOnlyList<string> Recipients(string value) =>
        value.Split([',', '，', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static async Task<string> WriteAsync(AlertMail mail, string folder, string name, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(Path.Combine(folder, name));
        await AlertMailFile.WriteAsync(mail, now, path, cancellationToken).ConfigureAwait(false);
        return path;
    }
}
