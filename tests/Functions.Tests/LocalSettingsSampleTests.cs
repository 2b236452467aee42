using System.Reflection;
using System.Text.Json;
using ComplianceFns.Engine.Alerts;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Pipeline;
using ComplianceFns.Engine.Storage;
using ComplianceFns.TestSupport.Storage;

namespace ComplianceFns.Functions.Tests;

/// <summary>local.settings.sample.json lists every setting the app reads, so a new option cannot be forgotten there.</summary>
public sealed class LocalSettingsSampleTests
{
    private static readonly JsonElement Values = Load();

    public static TheoryData<string> Settings()
    {
        var data = new TheoryData<string>();
        foreach (var property in typeof(CrawlOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            data.Add($"{CrawlOptions.SectionName}__{property.Name}");
        }

        foreach (var property in typeof(StorageOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            data.Add($"{StorageOptions.SectionName}__{property.Name}");
        }

        foreach (var (section, type) in new[] { (PipelineOptions.SectionName, typeof(PipelineOptions)), (SmtpOptions.SectionName, typeof(SmtpOptions)), (AlertOptions.SectionName, typeof(AlertOptions)) })
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            {
                // Lists are listed by their first element.
                data.Add(property.PropertyType == typeof(List<string>) ? $"{section}__{property.Name}__0" : $"{section}__{property.Name}");
            }
        }

        data.Add("DigestSchedule");
        data.Add($"{SitesOptions.SectionName}__Sites__0__AlertRecipients__0");
        data.Add("AzureWebJobsStorage");
        data.Add("FUNCTIONS_WORKER_RUNTIME");
        data.Add("InspectionSchedule");
        data.Add($"{SitesOptions.SectionName}__Sites__0__Id");
        data.Add($"{SitesOptions.SectionName}__Sites__0__StartUrls__0");
        // Empty in the sample: the own-organ typo check then takes the first organ's name.
        data.Add($"{SitesOptions.SectionName}__Sites__0__OrganName");
        foreach (var property in typeof(OrganOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var list = property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(List<>);
            data.Add($"{SitesOptions.SectionName}__Sites__0__Organs__0__{property.Name}{(list ? "__0" : string.Empty)}");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void The_sample_lists_the_setting(string name) =>
        Assert.True(Values.TryGetProperty(name, out _), $"local.settings.sample.json lacks Values.{name}");

    [Fact]
    public void The_sample_holds_no_secret()
    {
        var text = File.ReadAllText(Path.Combine(AzuriteStorage.FindRepositoryRoot(), "local.settings.sample.json"));
        Assert.DoesNotContain("AccountKey=", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(string.Empty, Values.GetProperty("Smtp__Password").GetString());
        Assert.Equal(string.Empty, Values.GetProperty("Smtp__User").GetString());
    }

    [Fact]
    public void The_sample_points_mail_at_a_local_smtp_server()
    {
        Assert.Equal("127.0.0.1", Values.GetProperty("Smtp__Host").GetString());
        Assert.Equal("2525", Values.GetProperty("Smtp__Port").GetString());
        Assert.Equal("None", Values.GetProperty("Smtp__TlsMode").GetString());
    }

    private static JsonElement Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AzuriteStorage.FindRepositoryRoot(), "local.settings.sample.json")));
        return document.RootElement.GetProperty("Values").Clone();
    }
}
