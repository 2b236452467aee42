using Microsoft.Extensions.Options;

namespace ComplianceFns.Engine.Alerts;

/// <summary>Rules DataAnnotations cannot say: credentials come in pairs, and the timeout is bounded.</summary>
public sealed class SmtpOptionsValidator : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrEmpty(options.User) != string.IsNullOrEmpty(options.Password))
        {
            failures.Add("Smtp:User and Smtp:Password must be set together (or both left empty for no authentication).");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(10))
        {
            failures.Add($"Smtp:Timeout must be more than zero and at most 10 minutes (got {options.Timeout}).");
        }

        if (!Enum.IsDefined(options.TlsMode))
        {
            failures.Add($"Smtp:TlsMode must be None, StartTls, SslOnConnect or Auto (got {options.TlsMode}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
