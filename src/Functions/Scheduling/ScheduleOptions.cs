namespace ComplianceFns.Functions.Scheduling;

/// <summary>
/// The timer schedules, root settings because the trigger attributes read them as <c>%InspectionSchedule%</c> and
/// <c>%DigestSchedule%</c>. Six-field NCRONTAB in UTC: Flex Consumption (Linux) ignores WEBSITE_TIME_ZONE, and China
/// has no daylight saving, so 08:00 Beijing time is <c>0 0 0 * * *</c>.
/// </summary>
public sealed class ScheduleOptions
{
    public string InspectionSchedule { get; set; } = string.Empty;

    public string DigestSchedule { get; set; } = string.Empty;
}
