using System.Globalization;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace ComplianceFns.Engine.Storage;

/// <summary>
/// How to reach one storage account, read the way the Functions host reads a connection named <see cref="Name"/>:
/// a connection string in the setting itself (<c>UseDevelopmentStorage=true</c> locally), else the identity-based
/// settings <c>Name__tableServiceUri</c> / <c>__queueServiceUri</c> / <c>__blobServiceUri</c> (or <c>__accountName</c>)
/// with <c>Name__credential=managedidentity</c> and an optional <c>Name__clientId</c>.
/// </summary>
/// <remarks>
/// Only <see cref="ManagedIdentityCredential"/> is used, never DefaultAzureCredential: its chain would silently pick
/// whatever identity the environment offers (a developer login, an environment variable), so the account could be
/// reached, or refused, as someone other than the app's own identity.
/// </remarks>
public sealed class StorageConnection
{
    /// <summary>The Functions host's own storage connection.</summary>
    public const string HostConnectionName = "AzureWebJobsStorage";

    public const string ManagedIdentityCredentialName = "managedidentity";

    private readonly Dictionary<StorageService, Uri> serviceUris;
    private readonly Dictionary<StorageService, string> invalidServiceUris;

    private StorageConnection(
        string name,
        string? connectionString,
        Dictionary<StorageService, Uri> serviceUris,
        Dictionary<StorageService, string> invalidServiceUris,
        string? credentialSetting,
        string? clientId)
    {
        Name = name;
        ConnectionString = connectionString;
        this.serviceUris = serviceUris;
        this.invalidServiceUris = invalidServiceUris;
        CredentialSetting = credentialSetting;
        ManagedIdentityClientId = clientId;
        if (connectionString is null && string.Equals(credentialSetting, ManagedIdentityCredentialName, StringComparison.OrdinalIgnoreCase))
        {
            // Constructing the credential contacts nothing; the first token request goes to the platform's endpoint.
            Credential = new ManagedIdentityCredential(clientId is null
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(clientId));
        }
    }

    /// <summary>The setting the connection was read from, as named in messages (e.g. <c>AzureWebJobsStorage</c>).</summary>
    public string Name { get; }

    /// <summary>Set when the connection is a connection string; identity settings are then ignored.</summary>
    public string? ConnectionString { get; }

    /// <summary>The raw <c>Name__credential</c> setting.</summary>
    public string? CredentialSetting { get; }

    /// <summary>The user-assigned identity's client id; null means the system-assigned identity.</summary>
    public string? ManagedIdentityClientId { get; }

    /// <summary>The managed identity credential of an identity-based connection; null otherwise.</summary>
    public TokenCredential? Credential { get; }

    /// <summary>True when either a connection string or any identity-based setting is present.</summary>
    public bool IsConfigured => ConnectionString is not null || serviceUris.Count > 0 || invalidServiceUris.Count > 0 || CredentialSetting is not null;

    public static StorageConnection FromConnectionString(string name, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new StorageConnection(name, connectionString, [], [], null, null);
    }

    /// <summary>Reads connection <paramref name="name"/>: its value if set, else its identity-based child settings.</summary>
    public static StorageConnection FromConfiguration(IConfiguration configuration, string name = HostConnectionName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);

        var connectionString = configuration[name];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return FromConnectionString(name, connectionString);
        }

        var section = configuration.GetSection(name);
        var accountName = NullIfBlank(section["accountName"]);
        var uris = new Dictionary<StorageService, Uri>();
        var invalid = new Dictionary<StorageService, string>();
        foreach (var service in Enum.GetValues<StorageService>())
        {
            var text = NullIfBlank(section[ServiceUriKey(service)]);
            if (text is null && accountName is not null)
            {
                text = string.Create(CultureInfo.InvariantCulture, $"https://{accountName}.{service.ToString().ToLowerInvariant()}.core.windows.net");
            }

            if (text is null)
            {
                continue;
            }

            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
            {
                uris[service] = uri;
            }
            else
            {
                invalid[service] = text;
            }
        }

        return new StorageConnection(name, null, uris, invalid, NullIfBlank(section["credential"]), NullIfBlank(section["clientId"]));
    }

    /// <summary>The endpoint of <paramref name="service"/> for an identity-based connection; null when not set.</summary>
    public Uri? GetServiceUri(StorageService service) => serviceUris.GetValueOrDefault(service);

    /// <summary>
    /// What keeps this connection from reaching <paramref name="services"/>, one message per problem, each naming the
    /// setting to fix; empty when the clients can be built. Contacts nothing.
    /// </summary>
    public IReadOnlyList<string> FindProblems(params StorageService[] services)
    {
        var problems = new List<string>();
        if (ConnectionString is not null)
        {
            foreach (var service in services)
            {
                try
                {
                    StorageClientFactory.Create(this, service);
                }
                catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
                {
                    problems.Add($"{Name} is not a usable storage connection string for the {service.ToString().ToLowerInvariant()} service: {ex.Message}");
                }
            }

            return problems;
        }

        if (!IsConfigured)
        {
            problems.Add(
                $"Set {Name} to a storage connection string (UseDevelopmentStorage=true locally), or set the identity-based " +
                $"settings {Name}__{{blob|queue|table}}ServiceUri (or {Name}__accountName) with {Name}__credential={ManagedIdentityCredentialName} " +
                $"and {Name}__clientId (the user-assigned identity; omit it for the system-assigned one).");
            return problems;
        }

        if (Credential is null)
        {
            problems.Add(
                $"{Name}__credential is '{CredentialSetting}' but must be '{ManagedIdentityCredentialName}': storage is reached only " +
                "as the app's managed identity (no DefaultAzureCredential, whose identity depends on the environment).");
        }

        foreach (var service in services)
        {
            if (invalidServiceUris.TryGetValue(service, out var text))
            {
                problems.Add($"{Name}__{ServiceUriKey(service)} '{text}' must be an absolute https URL (tokens are only sent over TLS).");
            }
            else if (!serviceUris.ContainsKey(service))
            {
                problems.Add($"{Name}__{ServiceUriKey(service)} (or {Name}__accountName) is not set; it is needed for the {service.ToString().ToLowerInvariant()} service.");
            }
        }

        return problems;
    }

    /// <summary>The endpoint and credential for <paramref name="service"/>; throws with <see cref="FindProblems"/>' messages.</summary>
    internal (Uri Uri, TokenCredential Credential) RequireIdentityEndpoint(StorageService service)
    {
        var problems = FindProblems(service);
        if (problems.Count > 0 || Credential is null || GetServiceUri(service) is not { } uri)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }

        return (uri, Credential);
    }

    private static string ServiceUriKey(StorageService service) => service.ToString().ToLowerInvariant() + "ServiceUri";

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
