using Microsoft.Extensions.Options;

namespace ComplianceFns.Functions.Scheduling;

public sealed class ScheduleOptionsValidator : IValidateOptions<ScheduleOptions>
{
    public ValidateOptionsResult Validate(string? name, ScheduleOptions options)
    {
        var failures = new List<string>();
        Check(options.InspectionSchedule, nameof(options.InspectionSchedule), "0 0 0 * * *");
        Check(options.DigestSchedule, nameof(options.DigestSchedule), "0 30 0 * * *");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);

        void Check(string value, string setting, string example)
        {
            if (!ScheduleOccurrence.IsValid(value))
            {
                failures.Add($"{setting} '{value}' must be a six-field NCRONTAB expression in UTC, e.g. '{example}' (08:00 Beijing time).");
            }
        }
    }
}
