using ComplianceFns.Cli.Arguments;
using ComplianceFns.Cli.Output;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Fetching;
using ComplianceFns.Engine.Pipeline;
using ComplianceFns.Engine.Reports.Checking;
using ComplianceFns.Engine.Reports.Documents;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Cli.Commands;

/// <summary>
/// <c>check-report &lt;file-or-url&gt;...</c>: reads annual reports (text, HTML, DOCX, PDF; local files or http(s)
/// URLs), checks every rule of the catalogue, prints the issues, and with <c>--storage</c> keeps findings and the
/// report texts (so next year's report is reconciled with this one).
/// </summary>
public static class CheckReportCommand
{
    public static CommandSpec Spec { get; } = new(
        "check-report",
        "核查政府信息公开工作年度报告（文本、HTML、DOCX、PDF；本地文件或网址）的表格勾稽和格式",
        new PositionalSpec("文件或网址", "年报文件路径或 http(s) 网址，可给多个"),
        [
            OptionSpec.Value("year", "YYYY", "报告年度（默认从标题识别）"),
            CommonOptions.Format,
            CommonOptions.Storage,
            OptionSpec.Value("site", "S", "存储中的站点标识（默认 annual-reports）"),
            CommonOptions.Organ,
            CommonOptions.OrganLevel,
            CommonOptions.OrganKind,
            CommonOptions.FailOn,
            CommonOptions.MailOut,
            CommonOptions.MailTo,
        ],
        RunAsync);

    /// <summary>The site findings are stored under when --site is not given.</summary>
    public const string DefaultSite = "annual-reports";

    public static async Task<int> RunAsync(ParsedArguments parsed, CliConsole console, CancellationToken cancellationToken)
    {
        if (parsed.Positionals.Count == 0)
        {
            throw new UsageException("check-report 需要至少一个年报文件或 http(s) 网址");
        }

        var format = parsed.Choice("format", "table", "table", "jsonl");
        var threshold = FailOnThreshold.Parse(parsed);
        var mail = InspectCommand.MailRequest(parsed, fallbackRecipients: null);
        var startedAt = TimeProvider.System.GetUtcNow();
        var request = new ReportCheckRequest(parsed.Value("site") ?? DefaultSite)
        {
            Year = parsed.Int("year", 1990, 2100),
            Organ = OrganFrom(parsed),
        };

        // Every input is checked for existence first: a typo in the fifth path must not cost four reports' work.
        var inputs = new List<ReportInput>();
        foreach (var argument in parsed.Positionals)
        {
            inputs.Add(await InputAsync(argument, cancellationToken).ConfigureAwait(false));
        }

        // A store that cannot be opened does not stop the check: the issues are printed, then the failure is told.
        IFindingStore? findingStore = null;
        IReportTextStore? reportTexts = null;
        Exception? storageFailure = null;
        if (parsed.Value("storage") is { } storage)
        {
            try
            {
                (findingStore, reportTexts) = await OpenStoresAsync(storage, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (StorageFailureText.Describe(ex) is not null && !cancellationToken.IsCancellationRequested)
            {
                storageFailure = ex;
            }
        }

        var service = new AnnualReportCheckService(new CrawlOptions(), new SystemHostResolver(), TimeProvider.System, findingStore, reportTexts);
        // The issues are printed once checked, before anything is stored: a store failing now cannot hide them.
        var run = await service.CheckAsync(inputs, request, cancellationToken, checkedRun =>
        {
            if (format == "jsonl")
            {
                ReportJsonlWriter.Write(console.Out, checkedRun);
            }
            else
            {
                ReportTableWriter.WriteFiles(console.Out, checkedRun);
            }
        }).ConfigureAwait(false);
        var notesAndSummary = format == "jsonl" ? console.Error : console.Out;
        ReportTableWriter.WriteStoreNotes(notesAndSummary, run);
        ReportTableWriter.WriteSummary(notesAndSummary, run);
        if (storageFailure is not null)
        {
            throw new RunNotStoredException(storageFailure);
        }

        if (mail is { } mailRequest && findingStore is not null)
        {
            // The digest covers the day before this check, as the daily digest after it would.
            var now = TimeProvider.System.GetUtcNow();
            var files = await MailPreviewWriter.WriteAsync(mailRequest.Folder, mailRequest.To, run, findingStore, startedAt - DigestService.FirstDigestPeriod, now, cancellationToken)
                .ConfigureAwait(false);
            InspectCommand.WriteMailPaths(notesAndSummary, files);
            if (!files.Any(f => Path.GetFileName(f) == MailPreviewWriter.AlertFileName))
            {
                notesAndSummary.WriteLine("无需发送告警邮件：没有无法读取或有严重问题的年报");
            }
        }

        if (run.Results.All(r => !r.Read))
        {
            console.Error.WriteLine(run.Results.Count == 1 ? "错误：年报文件无法读取，未能核查。" : "错误：所有年报文件均无法读取，未能核查。");
            return ExitCodes.Failure;
        }

        var findings = run.Results.SelectMany(r => r.Findings);
        return threshold is { } t && findings.Any(f => f.Severity >= t) ? ExitCodes.FindingsAtThreshold : ExitCodes.Ok;
    }

    private static async Task<ReportInput> InputAsync(string argument, CancellationToken cancellationToken)
    {
        if (Uri.TryCreate(argument, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return ReportInput.FromUrl(uri);
        }

        if (!File.Exists(argument))
        {
            throw new UsageException($"找不到文件：{argument}");
        }

        // The full path is the report's identity when it names no organ and year: the same file checked from another
        // folder must keep its findings' fingerprints.
        var path = Path.GetFullPath(argument);
        var (content, length) = await ReadCappedAsync(path, new ReportDocumentOptions().MaxBytes, cancellationToken).ConfigureAwait(false);
        return ReportInput.FromFile(path, content, length);
    }

    /// <summary>
    /// The file's bytes and its length; an oversized file is not read at all (no bytes, its length), and the document
    /// reader refuses it with its Chinese size message naming that length, as one input's failure. A file that changes
    /// while it is read is read up to the length found when it was opened.
    /// </summary>
    private static async Task<(byte[] Content, long Length)> ReadCappedAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 81920, useAsync: true);
        var length = stream.Length;
        if (length > maxBytes)
        {
            return ([], length);
        }

        var cap = (int)length;
        var buffer = new byte[cap];
        var total = 0;
        while (total < cap)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(total, cap - total), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return (total == cap ? buffer : buffer[..total], length);
    }

    private static OrganProfile? OrganFrom(ParsedArguments parsed)
    {
        var name = parsed.Value("organ")?.Trim() ?? string.Empty;
        var level = parsed.Value("organ-level") is null ? OrganLevel.Unknown : parsed.Choice("organ-level", "county", "township", "county", "prefecture", "province", "state-council") switch
        {
            "township" => OrganLevel.Township,
            "county" => OrganLevel.County,
            "prefecture" => OrganLevel.PrefectureCity,
            "province" => OrganLevel.Province,
            _ => OrganLevel.StateCouncilDepartment,
        };
        var kind = parsed.Value("organ-kind") is null ? OrganKind.Unknown
            : parsed.Choice("organ-kind", "government", "government", "department") == "government" ? OrganKind.Government : OrganKind.Department;
        return name.Length == 0 && level == OrganLevel.Unknown && kind == OrganKind.Unknown ? null : new OrganProfile(name, level, kind);
    }

    /// <summary>Both stores on one account, tables created now so a bad connection fails before any report is read.</summary>
    private static async Task<(IFindingStore, IReportTextStore)> OpenStoresAsync(string connectionString, CancellationToken cancellationToken)
    {
        var client = CliStorage.CreateTableServiceClient(connectionString);
        var options = new StorageOptions();
        var findings = new TableFindingStore(client, options);
        var texts = new TableReportTextStore(client, options);
        await findings.EnsureReadyAsync(cancellationToken).ConfigureAwait(false);
        await texts.EnsureReadyAsync(cancellationToken).ConfigureAwait(false);
        return (findings, texts);
    }
}
