using ComplianceFns.Infra.Tests.Bicep;

namespace ComplianceFns.Infra.Tests;

/// <summary>The app is a Flex Consumption .NET 10 isolated app that runs as its user-assigned identity.</summary>
public sealed class FunctionAppTests
{
    private const string IdentityId = "[parameters('identityId')]";

    private static readonly CompiledTemplate Template = CompiledTemplate.Main;

    [Fact]
    public void The_plan_is_flex_consumption_on_linux()
    {
        var (plan, _) = Assert.Single(Template.ResourcesOfType("Microsoft.Web/serverfarms"));

        Assert.Equal("FlexConsumption", (string?)plan["sku"]!["tier"]);
        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.True((bool)plan["properties"]!["reserved"]!);
    }

    [Fact]
    public void The_app_runs_dotnet_isolated_10_as_the_user_assigned_identity()
    {
        var (app, _) = Assert.Single(Template.ResourcesOfType("Microsoft.Web/sites"), r => r.Resource["existing"] is null);
        var properties = app["properties"]!;
        var config = properties["functionAppConfig"]!;

        Assert.Equal("functionapp,linux", (string?)app["kind"]);
        Assert.Equal("UserAssigned", (string?)app["identity"]!["type"]);
        Assert.Equal("dotnet-isolated", (string?)config["runtime"]!["name"]);
        Assert.Equal("10.0", (string?)config["runtime"]!["version"]);
        Assert.Equal("UserAssignedIdentity", (string?)config["deployment"]!["storage"]!["authentication"]!["type"]);
        Assert.Equal(IdentityId, (string?)config["deployment"]!["storage"]!["authentication"]!["userAssignedIdentityResourceId"]);
        Assert.Equal(IdentityId, (string?)properties["keyVaultReferenceIdentity"]);
        Assert.True((bool)properties["httpsOnly"]!);
        Assert.Equal("[reference('identity').outputs.id.value]", (string?)Template.ModuleParameter("function-app", "identityId"));
    }

    [Fact]
    public void Basic_publishing_credentials_are_disabled()
    {
        var policies = Template.ResourcesOfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies");

        Assert.Equal(2, policies.Count);
        Assert.All(policies, p => Assert.False((bool)p.Resource["properties"]!["allow"]!));
    }
}
