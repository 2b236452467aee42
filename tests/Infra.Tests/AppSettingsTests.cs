using System.Text.RegularExpressions;
using ComplianceFns.Infra.Tests.Bicep;

namespace ComplianceFns.Infra.Tests;

/// <summary>
/// The compiled app settings hold every setting the code reads, reach storage only through the managed identity and
/// hold no key, connection string or password.
/// </summary>
public sealed class AppSettingsTests
{
    private const string IdentityClientId = "[reference('identity').outputs.clientId.value]";

    private static readonly CompiledTemplate Template = CompiledTemplate.Main;

    private static readonly string[] IdentityConnectionSuffixes =
        ["__blobServiceUri", "__queueServiceUri", "__tableServiceUri", "__serviceUri", "__accountName", "__credential", "__clientId"];

    public static TheoryData<string> DeployedSettings() => new(LocalSettingsSample.DeployedSettings);

    public static TheoryData<string> StorageConnections() => new(LocalSettingsSample.StorageConnections);

    [Theory]
    [MemberData(nameof(DeployedSettings))]
    public void Every_setting_of_the_local_sample_is_deployed(string name) =>
        Assert.True(Template.AppSettings.ContainsKey(name), $"infra/main.bicep (appSettings) lacks {name}, which local.settings.sample.json lists");

    [Theory]
    [MemberData(nameof(StorageConnections))]
    public void A_local_storage_connection_is_an_identity_based_connection_in_azure(string name)
    {
        var settings = Template.AppSettings;

        Assert.False(settings.ContainsKey(name), $"{name} must not be set itself in Azure; it would be a connection string");
        Assert.Equal("managedidentity", (string?)settings[$"{name}__credential"]);
        Assert.Equal(IdentityClientId, (string?)settings[$"{name}__clientId"]);
        foreach (var service in new[] { "blob", "queue", "table" })
        {
            Assert.Equal($"[reference('storage').outputs.{service}Endpoint.value]", (string?)settings[$"{name}__{service}ServiceUri"]);
        }
    }

    [Fact]
    public void Every_identity_based_connection_uses_the_app_identity()
    {
        var connections = Template.AppSettings
            .Select(s => s.Key)
            .Select(key => IdentityConnectionSuffixes.FirstOrDefault(suffix => key.EndsWith(suffix, StringComparison.Ordinal)) is { } suffix ? key[..^suffix.Length] : null)
            .OfType<string>()
            .Distinct()
            .ToList();

        Assert.Contains("AzureWebJobsStorage", connections);
        Assert.All(connections, connection =>
        {
            Assert.Equal("managedidentity", (string?)Template.AppSettings[$"{connection}__credential"]);
            Assert.Equal(IdentityClientId, (string?)Template.AppSettings[$"{connection}__clientId"]);
        });
    }

    [Fact]
    public void No_setting_holds_a_storage_key_or_connection_string()
    {
        foreach (var (name, value) in Template.AppSettings)
        {
            var text = (string?)value ?? string.Empty;
            Assert.False(LocalSettingsSample.IsStorageConnectionString(text), $"{name} holds a storage connection string");
            Assert.DoesNotContain("DefaultEndpointsProtocol", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("listKeys", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("listAccountSas", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("primaryKey", text, StringComparison.OrdinalIgnoreCase);

            // Application Insights' connection string only names the endpoint; ingestion needs the Entra ID token.
            if (name.EndsWith("ConnectionString", StringComparison.OrdinalIgnoreCase) && name != "APPLICATIONINSIGHTS_CONNECTION_STRING")
            {
                Assert.True(text.Length == 0, $"{name} must stay empty in Azure (the identity-based host connection is used)");
            }
        }
    }

    [Fact]
    public void The_smtp_password_is_only_a_key_vault_reference()
    {
        Assert.Equal(
            "[format('@Microsoft.KeyVault(SecretUri={0})', reference('keyVault').outputs.smtpCredentialUri.value)]",
            (string?)Template.AppSettings["Smtp__Password"]);

        // The secure parameter goes to the Key Vault module's secret and nowhere else: these are its only two uses.
        Assert.Equal("securestring", (string?)Template.Root["parameters"]!["smtpPassword"]!["type"]);
        Assert.Equal(2, Regex.Matches(Template.Text, Regex.Escape("parameters('smtpPassword')")).Count);
        Assert.Equal("[parameters('smtpPassword')]", (string?)Template.ModuleParameter("key-vault", "smtpPassword"));

        var vault = Template.ModuleTemplate("key-vault");
        Assert.Equal("securestring", (string?)vault["parameters"]!["smtpPassword"]!["type"]);
        var (secret, _) = Assert.Single(Template.ResourcesOfType("Microsoft.KeyVault/vaults/secrets"));
        Assert.Equal("[parameters('smtpPassword')]", (string?)secret["properties"]!["value"]);
        Assert.DoesNotContain("parameters('smtpPassword')", CompiledTemplate.TextOf(vault["outputs"]!), StringComparison.Ordinal);
    }

    [Fact]
    public void Application_insights_ingestion_authenticates_with_the_app_identity()
    {
        Assert.Equal(
            "[format('ClientId={0};Authorization=AAD', reference('identity').outputs.clientId.value)]",
            (string?)Template.AppSettings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
        var (component, _) = Assert.Single(Template.ResourcesOfType("Microsoft.Insights/components"));
        Assert.True((bool)component["properties"]!["DisableLocalAuth"]!);
    }

    [Fact]
    public void The_app_gets_these_settings_per_site_settings_and_recipient_settings_only()
    {
        var (config, _) = Assert.Single(Template.ResourcesOfType("Microsoft.Web/sites/config"));

        Assert.Equal("[union(parameters('appSettings'), parameters('siteSettings'), parameters('recipientSettings'))]", (string?)config["properties"]);
        Assert.Equal("[variables('siteSettings')]", (string?)Template.ModuleParameter("function-app", "siteSettings"));
        Assert.Equal("[variables('recipientSettings')]", (string?)Template.ModuleParameter("function-app", "recipientSettings"));

        // Keys the sites parameter produces are all Inspection__Sites__<i>__*, those of alertRecipients Alerts__GlobalRecipients__<i>.
        Assert.All(GeneratedKeys("siteSettings"), key => Assert.StartsWith("Inspection__Sites__{0}__", key, StringComparison.Ordinal));
        Assert.Equal(["Alerts__GlobalRecipients__{0}"], GeneratedKeys("recipientSettings"));
        Assert.Contains("parameters('alertRecipients')", (string)Template.Root["variables"]!["recipientSettings"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_list_setting_of_the_local_sample_is_generated_from_a_parameter()
    {
        // Inspection__Sites__0__StartUrls__0 in the sample is Inspection__Sites__{0}__StartUrls__{1} in the template.
        var generated = GeneratedKeys("siteSettings").Concat(GeneratedKeys("recipientSettings"))
            .Select(key => Regex.Replace(key, @"__\{\d+\}", "__#"))
            .ToHashSet(StringComparer.Ordinal);
        var sampleLists = LocalSettingsSample.Values.Keys.Where(LocalSettingsSample.IsGeneratedFromParameter).ToList();

        Assert.NotEmpty(sampleLists);
        Assert.All(sampleLists, key => Assert.True(
            generated.Contains(Regex.Replace(key, @"__\d+(?=__|$)", "__#")),
            $"infra/main.bicep generates no setting like {key}, which local.settings.sample.json lists"));
    }

    [Fact]
    public void Every_deployed_setting_is_one_the_code_reads()
    {
        // Platform settings and the identity-based storage connections are not in the local sample by design.
        static bool Platform(string key) =>
            key.StartsWith("APPLICATIONINSIGHTS_", StringComparison.Ordinal)
            || LocalSettingsSample.StorageConnections.Any(c => key.StartsWith(c + "__", StringComparison.OrdinalIgnoreCase));

        Assert.All(
            Template.AppSettings.Select(s => s.Key).Where(key => !Platform(key)),
            key => Assert.True(LocalSettingsSample.Values.ContainsKey(key), $"infra/main.bicep deploys {key}, which no code reads (it is not in local.settings.sample.json)"));
    }

    [Theory]
    [InlineData("smtpHost")]
    [InlineData("smtpFrom")]
    [InlineData("smtpUser")]
    public void Smtp_settings_the_app_requires_cannot_be_deployed_empty(string parameter)
    {
        // The app validates Smtp:Host, Smtp:From and the User/Password pair at start-up; a blank would stop it there.
        var declaration = Template.Root["parameters"]![parameter]!;

        Assert.Null(declaration["defaultValue"]);
        Assert.Equal(1, (int)declaration["minLength"]!);
    }

    private static List<string> GeneratedKeys(string variable) =>
        Regex.Matches((string)Template.Root["variables"]![variable]!, @"'(?<key>[A-Za-z_]*__[^']*)'")
            .Select(m => m.Groups["key"].Value)
            .ToList();

    [Fact]
    public void Flex_consumption_settings_the_platform_rejects_are_absent()
    {
        Assert.False(Template.AppSettings.ContainsKey("FUNCTIONS_WORKER_RUNTIME"));
        Assert.False(Template.AppSettings.ContainsKey("FUNCTIONS_EXTENSION_VERSION"));
        Assert.False(Template.AppSettings.ContainsKey("WEBSITE_RUN_FROM_PACKAGE"));
    }
}
