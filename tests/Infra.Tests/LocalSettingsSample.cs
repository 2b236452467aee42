using System.Text.Json;
using ComplianceFns.Infra.Tests.Bicep;

namespace ComplianceFns.Infra.Tests;

/// <summary>The settings local.settings.sample.json lists (the list the Functions code keeps complete), read at test time.</summary>
public static class LocalSettingsSample
{
    /// <summary>Settings only the local host reads: on Flex Consumption the runtime is set in functionAppConfig.</summary>
    private static readonly HashSet<string> LocalOnly = new(StringComparer.OrdinalIgnoreCase) { "FUNCTIONS_WORKER_RUNTIME" };

    /// <summary>Per-site entries: in Azure they come from the sites parameter (and later the Sites table), not fixed keys.</summary>
    public const string PerSitePrefix = "Inspection__Sites__";

    /// <summary>The admin list: in Azure one indexed setting per entry of the alertRecipients parameter.</summary>
    public const string GlobalRecipientsPrefix = "Alerts__GlobalRecipients__";

    public static IReadOnlyDictionary<string, string> Values { get; } = Load();

    /// <summary>Settings whose local value is a storage connection string; in Azure they become identity-based connections.</summary>
    public static IEnumerable<string> StorageConnections =>
        Values.Where(v => IsStorageConnectionString(v.Value)).Select(v => v.Key);

    /// <summary>Every setting Azure must have as it is named here.</summary>
    public static IEnumerable<string> DeployedSettings =>
        Values.Keys
            .Where(k => !LocalOnly.Contains(k) && !IsGeneratedFromParameter(k))
            .Except(StorageConnections);

    /// <summary>List entries whose keys main.bicep generates from an array parameter.</summary>
    public static bool IsGeneratedFromParameter(string key) =>
        key.StartsWith(PerSitePrefix, StringComparison.OrdinalIgnoreCase) || key.StartsWith(GlobalRecipientsPrefix, StringComparison.OrdinalIgnoreCase);

    public static bool IsStorageConnectionString(string value) =>
        value.Contains("UseDevelopmentStorage=", StringComparison.OrdinalIgnoreCase)
        || value.Contains("AccountKey=", StringComparison.OrdinalIgnoreCase)
        || value.Contains("SharedAccessSignature=", StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, string> Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(BicepCli.RepositoryRoot, "local.settings.sample.json")));
        return document.RootElement.GetProperty("Values").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText(), StringComparer.OrdinalIgnoreCase);
    }
}
