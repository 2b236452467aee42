using ComplianceFns.Infra.Tests.Bicep;

namespace ComplianceFns.Infra.Tests;

/// <summary>The app identity gets exactly the data roles it uses, each scoped to the one resource it is for.</summary>
public sealed class RoleAssignmentTests
{
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";

    private static readonly CompiledTemplate Template = CompiledTemplate.Main;

    [Fact]
    public void Storage_data_roles_are_scoped_to_the_storage_account()
    {
        var assignments = Assignments().Where(a => a.Scope.Contains("Microsoft.Storage/storageAccounts", StringComparison.Ordinal)).ToList();

        Assert.Equal(
            new[] { StorageBlobDataOwner, StorageQueueDataContributor, StorageTableDataContributor }.Order(),
            assignments.Select(a => a.RoleId).Order());
        Assert.All(assignments, a =>
        {
            Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName'))]", a.Scope);
            Assert.Equal("[parameters('principalId')]", a.PrincipalId);
        });

        // The module is handed the account main.bicep creates and the app's identity.
        Assert.Equal("[reference('storage').outputs.name.value]", (string?)Template.ModuleParameter("storage-access", "storageAccountName"));
        Assert.Equal("[reference('identity').outputs.principalId.value]", (string?)Template.ModuleParameter("storage-access", "principalId"));
    }

    [Fact]
    public void Telemetry_and_secret_roles_are_scoped_to_application_insights_and_the_vault()
    {
        var publisher = Assert.Single(Assignments(), a => a.RoleId == MonitoringMetricsPublisher);
        Assert.Equal("[resourceId('Microsoft.Insights/components', parameters('applicationInsightsName'))]", publisher.Scope);

        var secretsUser = Assert.Single(Assignments(), a => a.RoleId == KeyVaultSecretsUser);
        Assert.Equal("[resourceId('Microsoft.KeyVault/vaults', parameters('name'))]", secretsUser.Scope);

        Assert.Equal("[reference('identity').outputs.principalId.value]", (string?)Template.ModuleParameter("monitoring", "publisherPrincipalId"));
        Assert.Equal("[reference('identity').outputs.principalId.value]", (string?)Template.ModuleParameter("key-vault", "readerPrincipalId"));
    }

    [Fact]
    public void No_other_role_is_granted_and_none_at_resource_group_scope()
    {
        var assignments = Assignments();

        Assert.Equal(5, assignments.Count);
        Assert.All(assignments, a =>
        {
            Assert.StartsWith("[resourceId('", a.Scope, StringComparison.Ordinal);
            Assert.Equal("ServicePrincipal", a.PrincipalType);
        });
    }

    private static List<Assignment> Assignments() =>
        Template.ResourcesOfType("Microsoft.Authorization/roleAssignments")
            .Select(x =>
            {
                var properties = x.Resource["properties"]!;
                var roleDefinition = CompiledTemplate.InlineVariables((string)properties["roleDefinitionId"]!, x.Template);
                var roleId = System.Text.RegularExpressions.Regex.Match(roleDefinition, @"roleDefinitions', '(?<id>[0-9a-f-]{36})'\)").Groups["id"].Value;
                return new Assignment(roleId, (string?)x.Resource["scope"] ?? string.Empty, (string?)properties["principalId"] ?? string.Empty, (string?)properties["principalType"] ?? string.Empty);
            })
            .ToList();

    private sealed record Assignment(string RoleId, string Scope, string PrincipalId, string PrincipalType);
}
