using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Engine.Configuration;

/// <summary>Start-up validation of every configured site, with messages that name the site and the setting.</summary>
public sealed class SitesOptionsValidator : IValidateOptions<SitesOptions>
{
    private static readonly EmailAddressAttribute Email = new();

    public ValidateOptionsResult Validate(string? name, SitesOptions options)
    {
        var failures = new List<string>();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Sites.Count; i++)
        {
            var site = options.Sites[i];
            var label = $"Inspection:Sites:{i} ({(string.IsNullOrWhiteSpace(site.Id) ? "no Id" : site.Id)})";
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(site, new ValidationContext(site), results, validateAllProperties: true))
            {
                failures.AddRange(results.Select(r => $"{label}: {r.ErrorMessage}"));
            }

            if (!string.IsNullOrWhiteSpace(site.Id) && !ids.Add(site.Id))
            {
                failures.Add($"{label}: the Id is used by another site.");
            }

            failures.AddRange(OrganOptionsValidation.Validate(site, label));
            for (var r = 0; r < site.AlertRecipients.Count; r++)
            {
                // A bad address would only show when a mail to it fails, long after start-up.
                if (!Email.IsValid(site.AlertRecipients[r]))
                {
                    failures.Add($"{label}: AlertRecipients:{r} '{site.AlertRecipients[r]}' is not an email address.");
                }
            }

            foreach (var url in site.StartUrls)
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                {
                    failures.Add($"{label}: StartUrls entry '{url}' is not an absolute http(s) URL.");
                }
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
