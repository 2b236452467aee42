using System.Globalization;
using Azure;
using Azure.Data.Tables;
using ComplianceFns.Engine.Pipeline;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Engine.Storage;

/// <summary>
/// <see cref="IReportTextStore"/> on Azure Table Storage: PartitionKey = the organ with whitespace removed (escaped),
/// RowKey = the year. The text spans several properties (32K characters each) and is bounded so the entity stays
/// under the service's 1 MiB limit.
/// </summary>
public sealed class TableReportTextStore : IReportTextStore
{
    /// <summary>
    /// 150K characters stay under the 1 MiB entity limit however they are counted (the wire form escapes CJK as
    /// \uXXXX, six bytes each). Real reports are 5–50K characters; only a hostile or mis-read file comes near.
    /// </summary>
    public const int MaxTextChars = 150_000;

    private const string TextProperty = "Text";

    private readonly LazyTable table;

    public TableReportTextStore(TableServiceClient serviceClient, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(serviceClient);
        ArgumentNullException.ThrowIfNull(options);
        table = new LazyTable(serviceClient.GetTableClient(options.GetReportsTableName()));
    }

    public TableReportTextStore(TableServiceClient serviceClient, IOptions<StorageOptions> options)
        : this(serviceClient, options?.Value ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    public string TableName => table.Name;

    /// <summary>The key of an organ: whitespace inside a name ("武清区 政务服务办") does not make another organ.</summary>
    public static string OrganKey(string organ) => TableKeys.Escape(string.Concat(organ.Where(c => !char.IsWhiteSpace(c))));

    public async Task SaveAsync(StoredReportText report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(report.Organ);
        var client = await table.GetAsync(ct).ConfigureAwait(false);

        var (text, cut) = Bound(report.Text);
        var entity = new TableEntity(OrganKey(report.Organ), YearKey(report.Year))
        {
            [nameof(StoredReportText.Organ)] = TableText.Truncate(report.Organ, 1_000),
            [nameof(StoredReportText.Year)] = report.Year,
            [nameof(StoredReportText.Source)] = TableText.Truncate(report.Source, 4_000),
            [nameof(StoredReportText.Title)] = report.Title is null ? null : TableText.Truncate(report.Title, 1_000),
            [nameof(StoredReportText.SiteId)] = TableText.Truncate(report.SiteId, 1_000),
            [nameof(StoredReportText.CheckedAt)] = report.CheckedAt.ToUniversalTime(),
            [nameof(StoredReportText.Truncated)] = report.Truncated || cut,
        };
        TableText.WriteChunked(entity, TextProperty, text);
        await client.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct).ConfigureAwait(false);
    }

    public async Task<StoredReportText?> GetAsync(string organ, int year, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organ);
        var client = await table.GetAsync(ct).ConfigureAwait(false);
        NullableResponse<TableEntity> response = await client.GetEntityIfExistsAsync<TableEntity>(OrganKey(organ), YearKey(year), cancellationToken: ct).ConfigureAwait(false);
        if (!response.HasValue || response.Value is not { } entity)
        {
            return null;
        }

        return new StoredReportText
        {
            Organ = entity.GetString(nameof(StoredReportText.Organ)) ?? organ,
            Year = entity.GetInt32(nameof(StoredReportText.Year)) ?? year,
            Text = TableText.ReadChunked(entity, TextProperty) ?? string.Empty,
            Source = entity.GetString(nameof(StoredReportText.Source)) ?? string.Empty,
            Title = entity.GetString(nameof(StoredReportText.Title)),
            SiteId = entity.GetString(nameof(StoredReportText.SiteId)) ?? string.Empty,
            CheckedAt = entity.GetDateTimeOffset(nameof(StoredReportText.CheckedAt)) ?? default,
            Truncated = entity.GetBoolean(nameof(StoredReportText.Truncated)) ?? false,
        };
    }

    /// <summary>Creates the table now, so a wrong or unreachable account fails before any work.</summary>
    public Task EnsureReadyAsync(CancellationToken ct) => table.GetAsync(ct);

    /// <summary>Text within <see cref="MaxTextChars"/>, cut after the last whole line so no row is half-kept.</summary>
    internal static (string Text, bool Cut) Bound(string text)
    {
        if (text.Length <= MaxTextChars)
        {
            return (text, false);
        }

        var lastBreak = text.LastIndexOf('\n', MaxTextChars - 1);
        var keep = lastBreak > 0 ? lastBreak + 1 : MaxTextChars;
        if (char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return (text[..keep], true);
    }

    private static string YearKey(int year) => year.ToString("D4", CultureInfo.InvariantCulture);
}
