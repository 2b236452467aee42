using Microsoft.Extensions.Options;

namespace ComplianceFns.Engine.Configuration;

/// <summary>Time limits must be positive: a zero or negative bound would mean no bound at all, or a crash.</summary>
public sealed class CrawlOptionsValidator : IValidateOptions<CrawlOptions>
{
    public ValidateOptionsResult Validate(string? name, CrawlOptions options)
    {
        var failures = new List<string>();
        Positive(options.ConnectTimeout, nameof(options.ConnectTimeout));
        Positive(options.RequestTimeout, nameof(options.RequestTimeout));
        Positive(options.TargetBudget, nameof(options.TargetBudget));
        Positive(options.MaxRunDuration, nameof(options.MaxRunDuration));
        Positive(options.DocumentParseTimeout, nameof(options.DocumentParseTimeout));
        NotNegative(options.PolitenessDelay, nameof(options.PolitenessDelay));
        NotNegative(options.RetryBaseDelay, nameof(options.RetryBaseDelay));
        NotNegative(options.MaxRetryAfter, nameof(options.MaxRetryAfter));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);

        void Positive(TimeSpan value, string setting)
        {
            if (value <= TimeSpan.Zero || value > TimeSpan.FromDays(1))
            {
                failures.Add($"Crawl:{setting} must be more than zero and at most a day (got {value}).");
            }
        }

        void NotNegative(TimeSpan value, string setting)
        {
            if (value < TimeSpan.Zero || value > TimeSpan.FromDays(1))
            {
                failures.Add($"Crawl:{setting} must be zero or more and at most a day (got {value}).");
            }
        }
    }
}
