using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Storage;

namespace ComplianceFns.Engine.Pipeline;

/// <summary>
/// The Sites table: what the timer fans out over. Configuration is seeded into it on every scheduled run; a site
/// removed from configuration is disabled, not deleted, so its history stays readable. Rows written by other
/// means (<see cref="ManualSource"/>) are left alone by seeding.
/// </summary>
public sealed class SiteRegistry
{
    public const string ConfigurationSource = "configuration";

    public const string ManualSource = "manual";

    private const string Partition = "site";
    private const string SettingsProperty = "SettingsJson";
    private const string EnabledProperty = "Enabled";
    private const string SourceProperty = "Source";
    private const string NameProperty = "Name";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private readonly LazyTable table;

    public SiteRegistry(TableServiceClient serviceClient, StorageOptions storage, PipelineOptions pipeline)
    {
        ArgumentNullException.ThrowIfNull(serviceClient);
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(pipeline);
        table = new LazyTable(serviceClient.GetTableClient(TableNames.Combine(storage.TablePrefix, pipeline.SitesTable)));
    }

    public string TableName => table.Name;

    /// <summary>Upserts every configured site (enabled) and disables configuration rows no longer configured.</summary>
    public async Task SeedAsync(IReadOnlyCollection<SiteOptions> configured, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(configured);
        var client = await table.GetAsync(ct).ConfigureAwait(false);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var site in configured)
        {
            var entity = ToEntity(site, enabled: true, ConfigurationSource);
            entity["SeededAt"] = now.UtcDateTime;
            keys.Add(entity.RowKey);
            await client.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct).ConfigureAwait(false);
        }

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and Source eq {ConfigurationSource} and Enabled eq true");
        var stale = new List<TableEntity>();
        await foreach (var entity in client.QueryAsync<TableEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
        {
            if (!keys.Contains(entity.RowKey))
            {
                stale.Add(entity);
            }
        }

        foreach (var entity in stale)
        {
            var update = new TableEntity(entity.PartitionKey, entity.RowKey) { [EnabledProperty] = false, ["DisabledAt"] = now.UtcDateTime };
            await client.UpdateEntityAsync(update, entity.ETag, TableUpdateMode.Merge, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Adds or replaces a site outside configuration (an admin tool, a test); seeding never disables it.</summary>
    public async Task PutManualAsync(SiteOptions site, bool enabled, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(site);
        // Configuration is checked at start-up; a manual row must meet the same rules (a bad alert address included).
        var invalid = new SitesOptionsValidator().Validate(null, new SitesOptions { Sites = [site] });
        if (invalid.Failed)
        {
            throw new ArgumentException($"Site {site.Id} is not valid: {invalid.FailureMessage}", nameof(site));
        }

        var client = await table.GetAsync(ct).ConfigureAwait(false);
        await client.UpsertEntityAsync(ToEntity(site, enabled, ManualSource), TableUpdateMode.Replace, ct).ConfigureAwait(false);
    }

    /// <summary>Every enabled site, by id.</summary>
    public async Task<IReadOnlyList<SiteOptions>> GetEnabledSitesAsync(CancellationToken ct)
    {
        var client = await table.GetAsync(ct).ConfigureAwait(false);
        var sites = new List<SiteOptions>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and Enabled eq true");
        await foreach (var entity in client.QueryAsync<TableEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
        {
            sites.Add(ToSite(entity));
        }

        return sites.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
    }

    public async Task<RegisteredSite?> FindAsync(string siteId, CancellationToken ct)
    {
        var client = await table.GetAsync(ct).ConfigureAwait(false);
        var response = await client.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Escape(siteId), cancellationToken: ct).ConfigureAwait(false);
        if (!response.HasValue || response.Value is null)
        {
            return null;
        }

        var entity = response.Value;
        return new RegisteredSite(ToSite(entity), entity.GetBoolean(EnabledProperty) ?? false, entity.GetString(SourceProperty) ?? ConfigurationSource);
    }

    private static TableEntity ToEntity(SiteOptions site, bool enabled, string source) =>
        new(Partition, TableKeys.Escape(site.Id))
        {
            [NameProperty] = site.Name,
            [SettingsProperty] = JsonSerializer.Serialize(site, Json),
            [EnabledProperty] = enabled,
            [SourceProperty] = source,
        };

    private static SiteOptions ToSite(TableEntity entity)
    {
        var json = entity.GetString(SettingsProperty)
            ?? throw new InvalidOperationException($"Sites row {entity.RowKey} has no {SettingsProperty}.");
        return JsonSerializer.Deserialize<SiteOptions>(json, Json)
            ?? throw new InvalidOperationException($"Sites row {entity.RowKey} holds no site settings.");
    }
}
