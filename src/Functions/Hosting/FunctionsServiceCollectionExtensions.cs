using Azure.Storage.Queues;
using ComplianceFns.Engine;
using ComplianceFns.Engine.Alerts;
using ComplianceFns.Engine.Pipeline;
using ComplianceFns.Engine.Uploads;
using ComplianceFns.Functions.Mail;
using ComplianceFns.Functions.Queues;
using ComplianceFns.Functions.Scheduling;
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

        // Root settings: the trigger attributes read the same keys as %InspectionSchedule% / %DigestSchedule%.
        services.AddOptions<ScheduleOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ScheduleOptions>, ScheduleOptionsValidator>();
        services.AddOptions<TriggerStorageOptions>().Bind(configuration)
            .Validate(o => !string.IsNullOrWhiteSpace(o.AzureWebJobsStorage),
                "Set AzureWebJobsStorage to the storage account connection string (UseDevelopmentStorage=true locally): the queue triggers listen there and inspection messages are sent there.")
            .ValidateOnStart();

        services.TryAddSingleton(sp => new QueueServiceClient(
            sp.GetRequiredService<IOptions<TriggerStorageOptions>>().Value.AzureWebJobsStorage, StorageQueueFactory.ClientOptions()));
        services.TryAddSingleton<StorageQueueFactory>();
        services.TryAddSingleton<IInspectionQueue, StorageInspectionQueue>();
        services.TryAddSingleton<IAlertDispatchQueue, StorageAlertDispatchQueue>();
        services.TryAddSingleton<IAlertSender, SmtpAlertSender>();
        return services;
    }
}
