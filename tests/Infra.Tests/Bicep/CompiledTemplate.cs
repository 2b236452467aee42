using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ComplianceFns.Infra.Tests.Bicep;

/// <summary>infra/main.bicep compiled to ARM JSON once per test run, with the lookups the tests need.</summary>
public sealed partial class CompiledTemplate
{
    private static readonly Lazy<CompiledTemplate> MainTemplate = new(() => Compile("main.bicep"), LazyThreadSafetyMode.ExecutionAndPublication);

    private CompiledTemplate(BicepResult build, JsonObject root)
    {
        Build = build;
        Root = root;
    }

    public static CompiledTemplate Main => MainTemplate.Value;

    public BicepResult Build { get; }

    public JsonObject Root { get; }

    /// <summary>The whole compiled template as text, quotes unescaped, for searching expressions.</summary>
    public string Text => TextOf(Root);

    /// <summary>A string node as itself, anything else as JSON text with quotes unescaped.</summary>
    public static string TextOf(JsonNode node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text)
            ? text
            : node.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>The app settings object main.bicep hands to the function-app module (literal keys, ARM expression values).</summary>
    public JsonObject AppSettings =>
        ModuleParameter("function-app", "appSettings").AsObject();

    /// <summary>A module's <c>Microsoft.Resources/deployments</c> resource, by deployment name.</summary>
    public JsonObject Module(string deploymentName) =>
        Resources(Root).SingleOrDefault(r => Type(r) == "Microsoft.Resources/deployments" && (string?)r["name"] == deploymentName)
        ?? throw new InvalidOperationException($"main.bicep has no module deployment named {deploymentName}.");

    public JsonObject ModuleTemplate(string deploymentName) => Module(deploymentName)["properties"]!["template"]!.AsObject();

    /// <summary>The value main.bicep passes to a module parameter (a JSON value or an ARM expression string).</summary>
    public JsonNode ModuleParameter(string deploymentName, string parameter) =>
        Module(deploymentName)["properties"]!["parameters"]![parameter]?["value"]
        ?? throw new InvalidOperationException($"Module {deploymentName} gets no parameter {parameter}.");

    /// <summary>Every resource of a type, in main.bicep and in every module, with the template that declares it.</summary>
    public IReadOnlyList<(JsonObject Resource, JsonObject Template)> ResourcesOfType(string type) =>
        AllResources(Root).Where(x => string.Equals(Type(x.Resource), type, StringComparison.OrdinalIgnoreCase)).ToList();

    public static IEnumerable<JsonObject> Resources(JsonObject template) =>
        template["resources"] switch
        {
            JsonArray array => array.Select(r => r!.AsObject()),
            JsonObject symbolic => symbolic.Select(p => p.Value!.AsObject()),
            _ => [],
        };

    public static string Type(JsonObject resource) => (string?)resource["type"] ?? string.Empty;

    /// <summary>Replaces <c>variables('x')</c> with the quoted literal when x is a string variable of the template.</summary>
    public static string InlineVariables(string expression, JsonObject template) =>
        VariableReference().Replace(expression, m =>
            template["variables"]?[m.Groups["name"].Value] is JsonValue value && value.TryGetValue<string>(out var text)
                ? $"'{text}'"
                : m.Value);

    private static IEnumerable<(JsonObject Resource, JsonObject Template)> AllResources(JsonObject template)
    {
        foreach (var resource in Resources(template))
        {
            yield return (resource, template);
            if (resource["properties"] is JsonObject properties && properties["template"] is JsonObject nested)
            {
                foreach (var inner in AllResources(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    private static CompiledTemplate Compile(string file)
    {
        var build = BicepCli.Run("build", BicepCli.InfraPath(file), "--stdout");
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException($"bicep build {file} failed ({build.ExitCode}):\n{build.StandardError}");
        }

        return new CompiledTemplate(build, JsonNode.Parse(build.StandardOutput)!.AsObject());
    }

    [GeneratedRegex(@"variables\('(?<name>[A-Za-z0-9_]+)'\)")]
    private static partial Regex VariableReference();
}
