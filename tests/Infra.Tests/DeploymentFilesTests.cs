using System.Text.Json.Nodes;
using ComplianceFns.Infra.Tests.Bicep;

namespace ComplianceFns.Infra.Tests;

/// <summary>main.parameters.json and azure.yaml fit main.bicep, and the outputs name what an operator needs.</summary>
public sealed class DeploymentFilesTests
{
    private static readonly CompiledTemplate Template = CompiledTemplate.Main;

    private static readonly JsonObject ParameterValues =
        JsonNode.Parse(File.ReadAllText(BicepCli.InfraPath("main.parameters.json")))!["parameters"]!.AsObject();

    [Fact]
    public void The_parameters_file_sets_only_declared_parameters_and_every_required_one()
    {
        var declared = Template.Root["parameters"]!.AsObject();

        Assert.All(ParameterValues, p => Assert.True(declared.ContainsKey(p.Key), $"main.parameters.json sets undeclared parameter {p.Key}"));
        Assert.All(
            declared.Where(p => p.Value!["defaultValue"] is null),
            p => Assert.True(ParameterValues.ContainsKey(p.Key), $"main.parameters.json lacks required parameter {p.Key}"));
    }

    [Fact]
    public void The_smtp_password_comes_from_the_environment_not_the_file()
    {
        Assert.Equal("${SMTP_PASSWORD}", (string?)ParameterValues["smtpPassword"]!["value"]);
    }

    [Fact]
    public void The_first_provisioning_creates_no_event_subscription()
    {
        // The blobs_extension key exists only after the first deploy; azure.yaml's hook turns it on afterwards.
        Assert.Equal("${ENABLE_UPLOAD_EVENTS=false}", (string?)ParameterValues["enableUploadEvents"]!["value"]);
        Assert.False((bool)Template.Root["parameters"]!["enableUploadEvents"]!["defaultValue"]!);

        var azureYaml = File.ReadAllText(Path.Combine(BicepCli.RepositoryRoot, "azure.yaml"));
        Assert.Contains("azd env set ENABLE_UPLOAD_EVENTS true", azureYaml, StringComparison.Ordinal);
        Assert.Contains("azd provision --no-prompt", azureYaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Azure_yaml_deploys_the_functions_project_to_the_tagged_app()
    {
        var azureYaml = File.ReadAllText(Path.Combine(BicepCli.RepositoryRoot, "azure.yaml"));

        Assert.Contains("project: ./src/Functions", azureYaml, StringComparison.Ordinal);
        Assert.Contains("host: function", azureYaml, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(BicepCli.RepositoryRoot, "src", "Functions", "ComplianceFns.Functions.csproj")));

        // azd finds the app by this tag; "functions" is the service name in azure.yaml.
        var (app, _) = Assert.Single(Template.ResourcesOfType("Microsoft.Web/sites"), r => r.Resource["existing"] is null);
        Assert.Contains("'azd-service-name', 'functions'", (string?)app["tags"], StringComparison.Ordinal);
        Assert.Contains("  functions:", azureYaml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AZURE_FUNCTION_NAME", "[reference('functionApp').outputs.name.value]")]
    [InlineData("AZURE_STORAGE_ACCOUNT_NAME", "[reference('storage').outputs.name.value]")]
    public void Outputs_name_the_app_and_the_storage_account(string output, string value) =>
        Assert.Equal(value, (string?)Template.Root["outputs"]![output]!["value"]);
}
