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

    [Fact]
    public void Tables_match_the_table_settings_and_the_inspection_queue_exists()
    {
        var tables = Inlined("tableNames");
        foreach (var setting in new[] { "Storage__FindingsTable", "Storage__RunsTable" })
        {
            // "[variables('findingsTable')]" becomes "['Findings']".
            var name = CompiledTemplate.InlineVariables((string)Template.AppSettings[setting]!, Template.Root).Trim('[', ']');
            Assert.Contains(name, tables);
        }

        Assert.Contains("'inspections'", Inlined("queueNames"));
    }

    /// <summary>A storage-module parameter as main.bicep passes it, with main's string variables written out.</summary>
    private static string Inlined(string storageParameter) =>
        CompiledTemplate.InlineVariables(CompiledTemplate.TextOf(Template.ModuleParameter("storage", storageParameter)), Template.Root);
}
