using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Engine.Alerts;

/// <summary>Windows must be sensible, at least one admin named, and every recipient an address, named by its position.</summary>
public sealed class AlertOptionsValidator : IValidateOptions<AlertOptions>
{
    private static readonly EmailAddressAttribute Email = new();

    public ValidateOptionsResult Validate(string? name, AlertOptions options)
    {
        var failures = new List<string>();
        if (options.GlobalRecipients.Count(r => !string.IsNullOrWhiteSpace(r)) == 0)
        {
            // Alerts about no one site (fan-out failed, digest failed, unreadable poison messages) have no other audience.
            failures.Add("Alerts:GlobalRecipients must name at least one admin address (Alerts__GlobalRecipients__0): alerts about no single site go only to them.");
        }

        for (var i = 0; i < options.GlobalRecipients.Count; i++)
        {
            if (!Email.IsValid(options.GlobalRecipients[i]))
            {
                failures.Add($"Alerts:GlobalRecipients:{i} '{options.GlobalRecipients[i]}' is not an email address.");
            }
        }

        if (options.RepeatWindow < TimeSpan.Zero || options.RepeatWindow > TimeSpan.FromDays(7))
        {
            failures.Add($"Alerts:RepeatWindow must be between zero and 7 days (got {options.RepeatWindow}).");
        }

        if (options.BurstWindow < TimeSpan.Zero || options.BurstWindow > TimeSpan.FromHours(1))
        {
            failures.Add($"Alerts:BurstWindow must be between zero and 1 hour (got {options.BurstWindow}); the queue hides a message for at most 7 days, and alerts should not wait long.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
