using ComplianceFns.Engine;
using ComplianceFns.Engine.Alerts;
using ComplianceFns.Engine.Pipeline;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Engine.Uploads;
using ComplianceFns.Functions.Mail;
using ComplianceFns.Functions.Queues;
using ComplianceFns.Functions.Scheduling;
using ComplianceFns.Functions.Uploads;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Functions.Hosting;

/// <summary>Everything the Functions app registers, in one place (Program.cs and the tests call this).</summary>
public static class FunctionsServiceCollectionExtensions
{
    public static IServiceCollection AddComplianceFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddComplianceEngine(configuration);
        services.AddInspectionPipeline(configuration);
        services.AddUploadChecks(configuration);
        // The trigger's container is a root setting (its path is %UploadsContainer%/{name}); checked with the others.
        services.Configure<UploadOptions>(o => o.UploadsContainer = configuration[CheckUploadedReportFunction.UploadsContainerSetting]);
        services.AddSingleton<IValidateOptions<UploadOptions>>(new UploadOptionsValidator(requireUploadsContainer: true));

        // Root settings: the trigger attributes read the same keys as %InspectionSchedule% / %DigestSchedule%.
        services.AddOptions<ScheduleOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ScheduleOptions>, ScheduleOptionsValidator>();
        // The host's own connection: a connection string locally, identity-based (service URIs + managed identity) in Azure.
        services.AddOptions<TriggerStorageOptions>()
            .Configure(o => o.Connection = StorageConnection.FromConfiguration(configuration, StorageConnection.HostConnectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TriggerStorageOptions>, TriggerStorageOptionsValidator>();

        // Every client gets the Storage:NetworkTimeoutSeconds / TotalBudgetSeconds budget: a silent store fails the
        // invocation (and the queue retries it) instead of holding it for the SDK's 4 × 100 s.
        services.TryAddSingleton(sp => StorageQueueFactory.CreateServiceClient(TriggerConnection(sp), Budget(sp)));
        services.TryAddSingleton(sp => StorageClientFactory.CreateBlobServiceClient(TriggerConnection(sp), budget: Budget(sp)));
        services.TryAddSingleton<StorageQueueFactory>();
        services.TryAddSingleton<IInspectionQueue, StorageInspectionQueue>();
        services.TryAddSingleton<IAlertDispatchQueue, StorageAlertDispatchQueue>();
        services.TryAddSingleton<IAlertSender, SmtpAlertSender>();
        return services;
    }

    private static StorageRetryBudget Budget(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<StorageOptions>>().Value.GetRetryBudget();

    private static StorageConnection TriggerConnection(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<TriggerStorageOptions>>().Value.Connection
            ?? throw new InvalidOperationException($"{StorageConnection.HostConnectionName} is not configured.");
}
