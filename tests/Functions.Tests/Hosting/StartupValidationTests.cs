using ComplianceFns.Engine.Alerts;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Pipeline;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Engine.Uploads;
using ComplianceFns.Functions.Hosting;
using ComplianceFns.Functions.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Functions.Tests.Hosting;

/// <summary>Settings are validated at start-up with messages that name the setting and say what is expected.</summary>
public sealed class StartupValidationTests
{
    private static readonly Dictionary<string, string?> Valid = new(ValidAppSettings.WithoutStorage())
    {
        ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
    };

    [Fact]
    public void A_complete_configuration_validates()
    {
        using var services = Build(Valid);
        Assert.Equal(SmtpTlsMode.None, services.GetRequiredService<IOptions<SmtpOptions>>().Value.TlsMode);
        Assert.Equal("0 30 0 * * *", services.GetRequiredService<IOptions<ScheduleOptions>>().Value.DigestSchedule);
        Assert.NotNull(services.GetRequiredService<IOptions<PipelineOptions>>().Value);
        Assert.NotNull(services.GetRequiredService<IOptions<AlertOptions>>().Value);
        Assert.NotNull(services.GetRequiredService<IOptions<StorageOptions>>().Value);
    }

    [Fact]
    public void Smtp_settings_name_what_is_wrong()
    {
        using var services = Build(With(("Smtp:Host", ""), ("Smtp:From", "not-an-address"), ("Smtp:User", "mailer"), ("Smtp:Port", "70000")));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SmtpOptions>>().Value);
        Assert.Contains("Smtp:Host is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("Smtp:From must be an email address", error.Message, StringComparison.Ordinal);
        Assert.Contains("Smtp:Port must be 1-65535", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Smtp_credentials_come_in_pairs()
    {
        using var services = Build(With(("Smtp:User", "mailer")));
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SmtpOptions>>().Value);
        Assert.Contains("Smtp:User and Smtp:Password must be set together", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Alert_recipients_and_windows_are_checked()
    {
        using var services = Build(With(("Alerts:GlobalRecipients:0", "admin@example.gov.cn"), ("Alerts:GlobalRecipients:1", "nobody"), ("Alerts:BurstWindow", "02:00:00")));
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AlertOptions>>().Value);
        Assert.Contains("Alerts:GlobalRecipients:1 'nobody' is not an email address", error.Message, StringComparison.Ordinal);
        Assert.Contains("Alerts:BurstWindow must be between zero and 1 hour", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_global_recipient_list_is_refused()
    {
        var settings = With();
        settings.Remove("Alerts:GlobalRecipients:0");
        using var services = Build(settings);
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AlertOptions>>().Value);
        Assert.Contains("Alerts:GlobalRecipients must name at least one admin address", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_alert_recipient_that_is_not_an_address_is_refused()
    {
        using var services = Build(With(
            ("Inspection:Sites:0:Id", "east"),
            ("Inspection:Sites:0:StartUrls:0", "http://127.0.0.1:9/"),
            ("Inspection:Sites:0:AlertRecipients:0", "east@example.gov.cn"),
            ("Inspection:Sites:0:AlertRecipients:1", "office@")));
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SitesOptions>>().Value);
        Assert.Contains("Inspection:Sites:0 (east): AlertRecipients:1 'office@' is not an email address.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("AlertRecipients:0", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("results", "UploadsContainer and Uploads:ResultsContainer are both 'results'")]
    [InlineData("", "UploadsContainer (a root setting) must name the container")]
    [InlineData("Uploads_In", "UploadsContainer 'Uploads_In' must be a blob container name")]
    public void The_uploads_container_must_be_a_container_other_than_the_results(string container, string message)
    {
        using var services = Build(With(("UploadsContainer", container)));
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<UploadOptions>>().Value);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_uploads_container_is_bound_from_the_root_setting()
    {
        using var services = Build(With(("UploadsContainer", "reports-in")));
        Assert.Equal("reports-in", services.GetRequiredService<IOptions<UploadOptions>>().Value.UploadsContainer);
    }

    [Fact]
    public void A_schedule_must_be_six_field_ncrontab()
    {
        using var services = Build(With(("InspectionSchedule", "0 8 * * *")));
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ScheduleOptions>>().Value);
        Assert.Contains("InspectionSchedule '0 8 * * *' must be a six-field NCRONTAB expression in UTC", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_claim_lease_must_outlast_a_run()
    {
        using var services = Build(With(("Pipeline:ClaimLease", "00:10:00"), ("Crawl:MaxRunDuration", "00:20:00")));
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<PipelineOptions>>().Value);
        Assert.Contains("Pipeline:ClaimLease (00:10:00) must be longer than Crawl:MaxRunDuration (00:20:00)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_trigger_storage_account_is_required()
    {
        using var services = Build(With(("AzureWebJobsStorage", "")));
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TriggerStorageOptions>>().Value);
        Assert.Contains("Set AzureWebJobsStorage", error.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> With(params (string Key, string? Value)[] changes)
    {
        var settings = new Dictionary<string, string?>(Valid);
        foreach (var (key, value) in changes)
        {
            settings[key] = value;
        }

        return settings;
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddComplianceFunctions(configuration).BuildServiceProvider();
    }
}
