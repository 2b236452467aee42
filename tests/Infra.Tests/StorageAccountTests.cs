using System.Text.RegularExpressions;
using ComplianceFns.Infra.Tests.Bicep;

namespace ComplianceFns.Infra.Tests;

/// <summary>The storage account accepts Entra ID only, over TLS 1.2, with nothing public, and holds what the app uses.</summary>
public sealed class StorageAccountTests
{
    private static readonly CompiledTemplate Template = CompiledTemplate.Main;

    [Fact]
    public void The_account_refuses_shared_keys_old_tls_and_public_blobs()
    {
        var (account, _) = Assert.Single(Template.ResourcesOfType("Microsoft.Storage/storageAccounts"), r => r.Resource["existing"] is null);
        var properties = account["properties"]!;

        Assert.False((bool)properties["allowSharedKeyAccess"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
        Assert.True((bool)properties["supportsHttpsTrafficOnly"]!);
        Assert.True((bool)properties["defaultToOAuthAuthentication"]!);
    }

    [Fact]
    public void Containers_are_private_and_include_uploads_results_and_the_deployment_package()
    {
        var (container, _) = Assert.Single(Template.ResourcesOfType("Microsoft.Storage/storageAccounts/blobServices/containers"));
        Assert.Equal("None", (string?)container["properties"]!["publicAccess"]);

        var names = Inlined("containerNames");
        Assert.Contains("'uploads'", names);
        Assert.Contains("'results'", names);

        var deploymentUrl = CompiledTemplate.InlineVariables((string)Template.ModuleParameter("function-app", "deploymentContainerUrl")!, Template.Root);
        var deploymentContainer = Regex.Match(deploymentUrl, @"blobEndpoint\.value, '(?<name>[a-z0-9-]+)'\)").Groups["name"].Value;
        Assert.NotEmpty(deploymentContainer);
        Assert.Contains($"'{deploymentContainer}'", names);
    }

    [Theory]
    [InlineData("Storage__FindingsTable")]
    [InlineData("Storage__RunsTable")]
    [InlineData("Storage__ReportsTable")]
    [InlineData("Storage__RectificationsTable")]
    [InlineData("Pipeline__SitesTable")]
    [InlineData("Pipeline__LedgerTable")]
    [InlineData("Alerts__StateTable")]
    public void Every_table_setting_names_a_created_table(string setting)
    {
        // "[variables('findingsTable')]" becomes "['Findings']".
        var name = CompiledTemplate.InlineVariables((string)Template.AppSettings[setting]!, Template.Root).Trim('[', ']');

        Assert.Matches("^'[A-Za-z][A-Za-z0-9]{2,62}'$", name);
        Assert.Contains(name, Inlined("tableNames"));
    }

    [Fact]
    public void The_table_prefix_is_empty_in_azure() =>
        Assert.Equal(string.Empty, (string?)Template.AppSettings["Storage__TablePrefix"]);

    [Theory]
    // The names the queue triggers listen on (FunctionsMetadataTests pins them on the code side).
    [InlineData("inspections")]
    [InlineData("inspections-poison")]
    [InlineData("alert-dispatch")]
    [InlineData("alert-dispatch-poison")]
    public void The_queues_of_the_triggers_exist(string queue) =>
        Assert.Contains($"'{queue}'", Inlined("queueNames"));

    /// <summary>A storage-module parameter as main.bicep passes it, with main's string variables written out.</summary>
    private static string Inlined(string storageParameter) =>
        CompiledTemplate.InlineVariables(CompiledTemplate.TextOf(Template.ModuleParameter("storage", storageParameter)), Template.Root);
}
