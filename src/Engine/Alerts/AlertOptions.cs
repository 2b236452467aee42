using System.ComponentModel.DataAnnotations;

namespace ComplianceFns.Engine.Alerts;

/// <summary>Who gets alerts and how storms are damped (configuration section "Alerts").</summary>
public sealed class AlertOptions
{
    public const string SectionName = "Alerts";

    /// <summary>Admins who receive every alert and the full digest; each site's AlertRecipients get its own.</summary>
    public List<string> GlobalRecipients { get; set; } = [];

    /// <summary>The same alert key is not mailed again within this window.</summary>
    public TimeSpan RepeatWindow { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Alerts raised within this window after the first are folded into one mail.</summary>
    public TimeSpan BurstWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Storm-control state (pending alerts, last sent times, the open burst); takes Storage:TablePrefix.</summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]*$", ErrorMessage = "Alerts:StateTable must be letters and digits, starting with a letter.")]
    public string StateTable { get; set; } = "AlertState";

    /// <summary>Starts every subject so admins can filter.</summary>
    public string SubjectPrefix { get; set; } = "【政务公开巡检】";

    /// <summary>New findings listed per site in the digest; the rest are counted.</summary>
    [Range(1, 1000)]
    public int DigestFindingsPerSite { get; set; } = 20;
}
