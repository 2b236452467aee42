using Azure.Data.Tables;
using ComplianceFns.Engine.Alerts;
using ComplianceFns.Engine.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Engine.Pipeline;

/// <summary>
/// Registers the scheduled pipeline and alerts on top of <see cref="EngineServiceCollectionExtensions.AddComplianceEngine"/>.
/// The host supplies <see cref="IInspectionQueue"/>, <see cref="IAlertDispatchQueue"/> and <see cref="IAlertSender"/>.
/// </summary>
public static class PipelineServiceCollectionExtensions
{
    public static IServiceCollection AddInspectionPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PipelineOptions>().Bind(configuration.GetSection(PipelineOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<PipelineOptions>, PipelineOptionsValidator>();
        services.AddOptions<AlertOptions>().Bind(configuration.GetSection(AlertOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<AlertOptions>, AlertOptionsValidator>();
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidator>();

        services.AddSingleton(sp => new SiteRegistry(Tables(sp), Storage(sp), sp.GetRequiredService<IOptions<PipelineOptions>>().Value));
        services.AddSingleton(sp => new InspectionLedger(Tables(sp), Storage(sp), sp.GetRequiredService<IOptions<PipelineOptions>>().Value));
        services.AddSingleton(sp => new AlertStateStore(Tables(sp), Storage(sp), sp.GetRequiredService<IOptions<AlertOptions>>().Value));
        services.AddSingleton<AlertService>();
        services.AddSingleton<InspectionFanOut>();
        services.AddSingleton<SiteInspectionProcessor>();
        services.AddSingleton<InspectionFailureRecorder>();
        services.AddSingleton<DigestService>();
        return services;
    }

    private static TableServiceClient Tables(IServiceProvider provider) => provider.GetRequiredService<TableServiceClient>();

    private static StorageOptions Storage(IServiceProvider provider) => provider.GetRequiredService<IOptions<StorageOptions>>().Value;
}
