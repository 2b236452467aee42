using ComplianceFns.Engine.Alerts;
using ComplianceFns.Engine.Configuration;
using ComplianceFns.Engine.Pipeline;
using ComplianceFns.Engine.Storage;
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
    private static readonly Dictionary<string, string?> Valid = new()
    {
        ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
        ["InspectionSchedule"] = "0 0 0 * * *",
        ["DigestSchedule"] = "0 30 0 * * *",
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = "2525",
        ["Smtp:TlsMode"] = "None",
        ["Smtp:From"] = "inspector@example.gov.cn",
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
