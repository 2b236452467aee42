using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceFns.Engine.Uploads;

/// <summary>
/// Registers the upload check on top of the engine and the pipeline (it uses the check service, the finding store,
/// the site registry and alerts). The host adapts its blobs to <see cref="IUploadedBlob"/> and <see cref="IUploadResultSink"/>.
/// </summary>
public static class UploadServiceCollectionExtensions
{
    public static IServiceCollection AddUploadChecks(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<UploadOptions>().Bind(configuration.GetSection(UploadOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<UploadSiteResolver>();
        services.AddSingleton<UploadCheckProcessor>();
        return services;
    }
}
