using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Infra.Tests.Bicep;

namespace ComplianceFns.Infra.Tests;

/// <summary>
/// Every per-site setting the app binds (SiteOptions, OrganOptions) can be set through the sites parameter, and the
/// admin list cannot be deployed empty (the app's start-up validation demands one global recipient).
/// </summary>
public sealed class SiteSettingsTests
{
    private static readonly CompiledTemplate Template = CompiledTemplate.Main;

    private static readonly HashSet<string> GeneratedSiteKeys =
        Regex.Matches((string)Template.Root["variables"]!["siteSettings"]!, @"'(?<key>Inspection__Sites__[^']*)'")
            .Select(m => m.Groups["key"].Value)
            .ToHashSet(StringComparer.Ordinal);

    public static TheoryData<string> SiteSettingKeys()
    {
        var data = new TheoryData<string>();
        foreach (var property in Bindable(typeof(SiteOptions)).Where(p => p.Name != nameof(SiteOptions.Organs)))
        {
            data.Add($"Inspection__Sites__{{0}}__{property.Name}{(IsList(property) ? "__{1}" : string.Empty)}");
        }

        foreach (var property in Bindable(typeof(OrganOptions)))
        {
            data.Add($"Inspection__Sites__{{0}}__Organs__{{1}}__{property.Name}{(IsList(property) ? "__{2}" : string.Empty)}");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SiteSettingKeys))]
    public void The_sites_parameter_generates_the_setting(string key) =>
        Assert.True(GeneratedSiteKeys.Contains(key), $"infra/main.bicep (siteSettings) generates no {key}, so it cannot be set in Azure");

    [Theory]
    [InlineData("pathPrefixes", "array")]
    [InlineData("extraHosts", "array")]
    [InlineData("allowPrivateHosts", "array")]
    [InlineData("maxPages", "int")]
    [InlineData("maxDepth", "int")]
    [InlineData("organName", "string")]
    public void The_site_type_offers_the_optional_property(string property, string type)
    {
        var declared = SiteType()["properties"]![property]!;

        Assert.Equal(type, (string?)declared["type"]);
        Assert.True((bool?)declared["nullable"] ?? false, $"{property} must be optional");
    }

    [Fact]
    public void A_budget_is_set_only_when_the_site_gives_one()
    {
        // An empty MaxPages would not bind to int?; absent, the site takes Crawl__MaxPages / Crawl__MaxDepth.
        var expression = (string)Template.Root["variables"]!["siteSettings"]!;

        Assert.Contains("if(equals(tryGet(parameters('sites')[lambdaVariables('i')], 'maxPages'), null()), createObject()", expression, StringComparison.Ordinal);
        Assert.Contains("if(equals(tryGet(parameters('sites')[lambdaVariables('i')], 'maxDepth'), null()), createObject()", expression, StringComparison.Ordinal);
    }

    [Fact]
    public void At_least_one_alert_recipient_is_required()
    {
        var declaration = Template.Root["parameters"]!["alertRecipients"]!;

        Assert.Null(declaration["defaultValue"]);
        Assert.Equal(1, (int)declaration["minLength"]!);
    }

    [Fact]
    public void The_parameters_file_takes_the_alert_recipient_from_the_environment()
    {
        var parameters = JsonNode.Parse(File.ReadAllText(BicepCli.InfraPath("main.parameters.json")))!["parameters"]!;

        var recipient = Assert.Single(parameters["alertRecipients"]!["value"]!.AsArray());
        Assert.Equal("${ALERT_RECIPIENT}", (string?)recipient);
    }

    private static JsonNode SiteType() =>
        Template.Root["definitions"]?["site"] ?? throw new InvalidOperationException("main.bicep declares no site type.");

    private static IEnumerable<PropertyInfo> Bindable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite);

    private static bool IsList(PropertyInfo property) =>
        property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(List<>);
}
