using System.Text.Json;
using ComplianceFns.Engine.Uploads;
using ComplianceFns.Functions.Tests.Support;
using ComplianceFns.Functions.Uploads;
using ComplianceFns.TestSupport.Storage;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Functions.Tests.Uploads;

/// <summary>The upload settings: listed in the local sample, and rejected at start-up when wrong.</summary>
public sealed class UploadSettingsTests
{
    [Theory]
    [InlineData(CheckUploadedReportFunction.UploadsContainerSetting, "uploads")]
    [InlineData("Uploads__SiteId", "uploads")]
    [InlineData("Uploads__ResultsContainer", "results")]
    [InlineData("Uploads__MaxBytes", "20971520")]
    public void The_local_sample_lists_the_upload_settings_with_the_deployed_names(string name, string value)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AzuriteStorage.FindRepositoryRoot(), "local.settings.sample.json")));
        Assert.Equal(value, document.RootElement.GetProperty("Values").GetProperty(name).GetString());
    }

    [Theory]
    [InlineData("Uploads:ResultsContainer", "Results_Files", "Uploads:ResultsContainer must be a blob container name")]
    [InlineData("Uploads:MaxBytes", "104857600", "Uploads:MaxBytes must be between 1 and 52428800")]
    [InlineData("Uploads:SiteId", "上传", "Uploads:SiteId must be 1-63 characters")]
    public async Task A_wrong_setting_fails_with_a_message_naming_it(string key, string value, string message)
    {
        await using var host = await FunctionsTestHost.StartAsync(new Dictionary<string, string?> { [key] = value });

        var thrown = Assert.Throws<OptionsValidationException>(() => host.Get<IOptions<UploadOptions>>().Value);
        Assert.Contains(message, thrown.Message, StringComparison.Ordinal);
    }
}
