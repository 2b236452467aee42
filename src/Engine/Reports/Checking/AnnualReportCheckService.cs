using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Diagnostics;
using ComplianceFns.Engine.Fetching;
using ComplianceFns.Engine.Reports.Documents;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports;
using ComplianceFns.Rules.Reports.Checking;
using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Reports.Reading;

namespace ComplianceFns.Engine.Reports.Checking;

/// <summary>
/// Checks annual reports end to end: fetch or take the bytes, read the document, read the report model, find the
/// previous year's report (another input of the same organ, else the store's copy), run every check, and turn issues
/// into findings. With a store, the findings join the site's history (resolving only what this check covered), a
/// run record is written, and each report's text is kept for next year's check.
/// </summary>
public sealed class AnnualReportCheckService(
    CrawlOptions crawlOptions,
    IHostResolver resolver,
    TimeProvider time,
    IFindingStore? findingStore = null,
    IReportTextStore? reportTexts = null,
    ReportDocumentOptions? documentOptions = null,
    AnnualReportChecker? checker = null)
{
    private readonly ReportDocumentOptions documentOptions = documentOptions ?? new ReportDocumentOptions();
    private readonly AnnualReportChecker checker = checker ?? AnnualReportChecker.Default;

    /// <param name="checkedBeforeStoring">
    /// Called with the results once every report is checked and before anything is stored (its Merge and Run are
    /// null): the CLI prints the findings there, so a store that fails afterwards cannot swallow them.
    /// </param>
    public async Task<ReportCheckRun> CheckAsync(
        IReadOnlyList<ReportInput> inputs, ReportCheckRequest request, CancellationToken ct, Action<ReportCheckRun>? checkedBeforeStoring = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.SiteId);
        var startedAt = time.GetUtcNow();
        var runId = RunIds.AdHoc(startedAt);

        var read = await ReadAllAsync(inputs, request, ct).ConfigureAwait(false);
        var results = new List<ReportCheckResult>(read.Count);
        foreach (var input in read)
        {
            results.Add(await CheckOneAsync(input, read, request, startedAt, ct).ConfigureAwait(false));
        }

        checkedBeforeStoring?.Invoke(new ReportCheckRun { RunId = runId, SiteId = request.SiteId, Results = results });
        if (findingStore is null)
        {
            var kept = await RememberAsync(read, request.SiteId, startedAt, ct).ConfigureAwait(false);
            return new ReportCheckRun { RunId = runId, SiteId = request.SiteId, Results = WithStoreNotes(results, kept) };
        }

        // Like an inspection's persist step, the merge finishes even if the caller gives up now: findings are never lost.
        var coverage = new ReportCoverage(results);
        var found = results.SelectMany(r => r.Findings).ToList();
        var merge = await findingStore.MergeRunAsync(
            request.SiteId, runId, found, ReportCoverage.RuleScopes, startedAt, CancellationToken.None, coverage.Covers).ConfigureAwait(false);
        // Developer-facing: the parser's own text rides along here (and only here), never in a finding.
        var errors = results.Where(r => r.ReadFailure is not null).Select(r => r.ReadFailure!.ForRunRecord())
            .Concat(read.Where(r => r.PagingGap is not null).Select(r => $"{r.Source}：{r.PagingGap}"))
            .ToList();
        var readCount = results.Count(r => r.Read);
        var run = new RunRecord
        {
            RunId = runId,
            SiteId = request.SiteId,
            Trigger = request.Trigger,
            StartedAt = startedAt,
            FinishedAt = time.GetUtcNow(),
            Status = readCount == 0 ? RunStatus.Failed : errors.Count > 0 ? RunStatus.CompletedWithErrors : RunStatus.Succeeded,
            PagesCrawled = readCount,
            FindingsByRule = found.GroupBy(f => f.RuleId).ToDictionary(g => g.Key, g => g.Count()),
            NewFindings = merge.New,
            ResolvedFindings = merge.Resolved,
            Errors = errors,
        };
        await findingStore.SaveRunAsync(run, CancellationToken.None).ConfigureAwait(false);
        var notes = await RememberAsync(read, request.SiteId, startedAt, CancellationToken.None).ConfigureAwait(false);
        return new ReportCheckRun { RunId = runId, SiteId = request.SiteId, Results = WithStoreNotes(results, notes), Merge = merge, Run = run };
    }

    /// <summary>Every input fetched (URLs) and read to a report model, or its failure; in input order.</summary>
    private async Task<List<ReadInput>> ReadAllAsync(IReadOnlyList<ReportInput> inputs, ReportCheckRequest request, CancellationToken ct)
    {
        var urls = inputs.Where(i => i.Url is not null).Select(i => i.Url!).ToList();
        using var downloader = urls.Count == 0 ? null : new ReportDownloader(urls, crawlOptions, resolver, time, documentOptions.MaxBytes);
        var reader = new ReportDocumentReader(documentOptions);
        var read = new List<ReadInput>(inputs.Count);
        foreach (var input in inputs)
        {
            var content = input.Content;
            var contentType = input.ContentType;
            Uri? finalUrl = null;
            if (input.Url is { } url)
            {
                var (body, type, final, failure) = await downloader!.DownloadAsync(url, ct).ConfigureAwait(false);
                if (failure is not null)
                {
                    read.Add(new ReadInput(input.Source, null, null, failure));
                    continue;
                }

                (content, contentType, finalUrl) = (body!, type, final);
            }

            try
            {
                // A web page split over several pages is read whole; a missing page leaves a partial copy.
                var pages = finalUrl is null ? null : await PagesAsync(downloader!, finalUrl, content!, contentType, ct).ConfigureAwait(false);
                var result = pages is { Pages.Count: > 1 } or { Partial: true }
                    ? await reader.ReadPagesAsync(pages.Pages.Select(p => p.Html).ToList(), input.Source, pages.Partial, ct).ConfigureAwait(false)
                    : await reader.ReadAsync(content!, input.Source, contentType, input.Length, ct).ConfigureAwait(false);
                if (!result.Succeeded)
                {
                    read.Add(new ReadInput(input.Source, null, null, result.Failure));
                    continue;
                }

                var report = Model(result.Document.Text, result.Document.Title, input.Source, request.Year, OrganName(request));
                read.Add(new ReadInput(input.Source, result.Document, WithNote(report, pages?.Note), null) { PagingGap = pages?.Gap });
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One odd input never aborts the batch: it becomes that input's read failure, in Chinese.
                read.Add(new ReadInput(input.Source, null, null, Unexpected(input.Source, "读取", ex)));
            }
        }

        return read;
    }

    /// <summary>
    /// A report page split over several pages (下一页, _2.html, ?page=2) is read page by page through the same
    /// downloader (address guard, size cap, retries); null for anything that is not a web page.
    /// </summary>
    private async Task<ReportPages?> PagesAsync(ReportDownloader downloader, Uri finalUrl, byte[] body, string? contentType, CancellationToken ct) =>
        ReportDocumentReader.DecodeHtml(body, contentType) is { } html
            ? await ReportPageWalker.ReadAsync(finalUrl, html, downloader.FetchPageAsync, documentOptions.MaxBytes, ct).ConfigureAwait(false)
            : null;

    private static AnnualReport WithNote(AnnualReport report, string? note) =>
        note is null ? report : report with { Notes = [.. report.Notes, note] };

    private async Task<ReportCheckResult> CheckOneAsync(
        ReadInput input, List<ReadInput> batch, ReportCheckRequest request, DateTimeOffset startedAt, CancellationToken ct)
    {
        try
        {
            return await CheckReadAsync(input, batch, request, startedAt, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Failed(input.Source, Unexpected(input.Source, "核查", ex), request, startedAt);
        }
    }

    /// <summary>A named, Chinese failure for an unexpected exception; the exception's text is not shown to users.</summary>
    private static ReportReadFailure Unexpected(string source, string stage, Exception exception) =>
        new(source, $"年报“{source}”{stage}时发生意外错误，未能完成核查，请人工核对该文件") { Detail = ExceptionDetail.Describe(exception) };

    private static ReportCheckResult Failed(string source, ReportReadFailure failure, ReportCheckRequest request, DateTimeOffset startedAt)
    {
        var finding = ReportFindingFactory.FromReadFailure(request.SiteId, source, failure.ChineseMessage, request.Year, OrganName(request));
        return new ReportCheckResult
        {
            Source = source,
            ReadFailure = failure,
            Findings = [Stamp(finding, startedAt)],
            Identity = ReportFindingFactory.ReportIdentity(source, request.Year, OrganName(request)),
        };
    }

    private async Task<ReportCheckResult> CheckReadAsync(
        ReadInput input, List<ReadInput> batch, ReportCheckRequest request, DateTimeOffset startedAt, CancellationToken ct)
    {
        if (input.Report is not { } report)
        {
            return Failed(input.Source, input.Failure!, request, startedAt);
        }

        var (previous, previousSource) = await PreviousYearAsync(report, batch, ct).ConfigureAwait(false);
        var outcome = checker.Check(report, previous, Profile(request, report));
        return new ReportCheckResult
        {
            Source = input.Source,
            Outcome = outcome,
            Kind = input.Document!.Kind,
            Findings = outcome.Issues
                .Select(issue => Stamp(ReportFindingFactory.FromIssue(issue, request.SiteId, report), startedAt))
                .ToArray(),
            Identity = ReportFindingFactory.ReportIdentity(report),
            PreviousYearSource = previousSource,
        };
    }

    /// <summary>The same organ's report on the year before: another input first (what the user gave), else the store's copy.</summary>
    private async Task<(AnnualReport? Report, string? Source)> PreviousYearAsync(AnnualReport report, List<ReadInput> batch, CancellationToken ct)
    {
        if (report.Organ is not { } organ || report.Year is not { } year)
        {
            return (null, null);
        }

        var key = OrganKey(organ);
        var sibling = batch.FirstOrDefault(other => other.Report is { Organ: { } o, Year: { } y } && y == year - 1 && OrganKey(o) == key);
        if (sibling is not null)
        {
            return (sibling.Report, sibling.Source);
        }

        if (reportTexts is null || await reportTexts.GetAsync(organ, year - 1, ct).ConfigureAwait(false) is not { } stored)
        {
            return (null, null);
        }

        return (Model(stored.Text, stored.Title, stored.Source, stored.Year, stored.Organ), $"{stored.Source}（已存储的{stored.Year}年度报告）");
    }

    /// <summary>
    /// Keeps each read report's text by organ and year. A stored copy is replaced only by a reading at least as
    /// complete (<see cref="ReportCompleteness"/>: as many sections and as many tables) that does not declare itself
    /// partial; otherwise the stored copy stays for the cross-year checks and the result says so. Returns the note
    /// per input index for the inputs whose reading was not kept.
    /// </summary>
    private async Task<Dictionary<int, string>> RememberAsync(List<ReadInput> read, string siteId, DateTimeOffset checkedAt, CancellationToken ct)
    {
        var notes = new Dictionary<int, string>();
        if (reportTexts is null)
        {
            return notes;
        }

        for (var i = 0; i < read.Count; i++)
        {
            var input = read[i];
            if (input.Report is not { Organ: { } organ, Year: { } year } report)
            {
                continue;
            }

            if (await reportTexts.GetAsync(organ, year, ct).ConfigureAwait(false) is { } stored
                && KeepStored(report, stored) is { } note)
            {
                notes[i] = note;
                continue;
            }

            await reportTexts.SaveAsync(new StoredReportText
            {
                Organ = organ,
                Year = year,
                Text = input.Document!.Text,
                Source = input.Source,
                Title = input.Document.Title,
                SiteId = siteId,
                CheckedAt = checkedAt,
            }, ct).ConfigureAwait(false);
        }

        return notes;
    }

    /// <summary>Why the stored copy stays instead of <paramref name="report"/>, in Chinese; null when the new reading may replace it.</summary>
    private static string? KeepStored(AnnualReport report, StoredReportText stored)
    {
        var kept = Model(stored.Text, stored.Title, stored.Source, stored.Year, stored.Organ).Completeness;
        var fresh = report.Completeness;
        var what = $"已保存的{stored.Year}年报告（{kept.ToChinese()}）";
        if (report.Truncation is { } where)
        {
            return $"本次读取的文本{where}，不完整，{what}未被替换，保留原文本用于跨年度核对";
        }

        if (report.DeclaredPartial)
        {
            return $"本次读取的是标明为部分内容的副本，{what}未被替换，保留原文本用于跨年度核对";
        }

        if (fresh.IsAtLeast(kept))
        {
            return null;
        }

        var comparison = kept.IsAtLeast(fresh)
            ? $"比本次读取的（{fresh.ToChinese()}）更完整"
            : kept.Tables > fresh.Tables
                ? $"的表格比本次读取的（{fresh.ToChinese()}）更全"
                : $"的部分比本次读取的（{fresh.ToChinese()}）更全";
        return $"{what}{comparison}，保留原文本用于跨年度核对";
    }

    private static IReadOnlyList<ReportCheckResult> WithStoreNotes(List<ReportCheckResult> results, Dictionary<int, string> notes) =>
        notes.Count == 0 ? results : results.Select((result, i) => notes.TryGetValue(i, out var note) ? result with { StoreNote = note } : result).ToList();

    /// <summary>
    /// The report model; the document's own title (a page &lt;title&gt;, a DOCX title) stands in when the text has none,
    /// and a configured organ name when neither names the organ.
    /// </summary>
    private static AnnualReport Model(string text, string? documentTitle, string source, int? year, string? organName)
    {
        var report = AnnualReportReader.Read(text, source, year);
        if (report.Title is null && !string.IsNullOrWhiteSpace(documentTitle))
        {
            var fromTitle = AnnualReportReader.Read(documentTitle, source);
            report = report with
            {
                Title = fromTitle.Title ?? documentTitle.Trim(),
                Organ = report.Organ ?? fromTitle.Organ,
                Year = year ?? fromTitle.Year ?? report.Year,
            };
        }

        return report.Organ is null && organName is not null ? report with { Organ = organName } : report;
    }

    private static OrganProfile? Profile(ReportCheckRequest request, AnnualReport report) =>
        request.Organ is not { } organ ? null
        : string.IsNullOrWhiteSpace(organ.Name) ? organ with { Name = report.Organ ?? string.Empty }
        : organ;

    private static string? OrganName(ReportCheckRequest request) =>
        string.IsNullOrWhiteSpace(request.Organ?.Name) ? null : request.Organ.Name.Trim();

    private static string OrganKey(string organ) => string.Concat(organ.Where(c => !char.IsWhiteSpace(c)));

    private static Finding Stamp(Finding finding, DateTimeOffset at) => finding with { FirstSeen = at, LastSeen = at };

    private sealed record ReadInput(string Source, ReportDocument? Document, AnnualReport? Report, ReportReadFailure? Failure)
    {
        /// <summary>Why a paginated report page was read only in part (a later page unreadable), for the run record.</summary>
        public string? PagingGap { get; init; }
    }
}
