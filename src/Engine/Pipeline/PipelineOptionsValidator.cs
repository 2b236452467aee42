using ComplianceFns.Engine.Configuration;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Engine.Pipeline;

/// <summary>The claim lease must outlast a run, or a slow run would be inspected twice at once.</summary>
public sealed class PipelineOptionsValidator(IOptions<CrawlOptions> crawl) : IValidateOptions<PipelineOptions>
{
    public ValidateOptionsResult Validate(string? name, PipelineOptions options)
    {
        var maxRun = crawl.Value.MaxRunDuration;
        return options.ClaimLease > maxRun && options.ClaimLease <= TimeSpan.FromDays(1)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Pipeline:ClaimLease ({options.ClaimLease}) must be longer than Crawl:MaxRunDuration ({maxRun}) and at most a day.");
    }
}
