using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Engine.Reports.Checking;

/// <summary>How to check a batch of reports and where their findings belong.</summary>
/// <param name="SiteId">The configured site (or upload source) the findings are stored under.</param>
public sealed record ReportCheckRequest(string SiteId)
{
    /// <summary>The report year, overriding title, file name and period (meant for a single input).</summary>
    public int? Year { get; init; }

    /// <summary>
    /// The organ's level and kind when known; its <see cref="OrganProfile.Name"/>, when not empty, also names the organ
    /// of a report whose text does not (so it can be stored and paired across years).
    /// </summary>
    public OrganProfile? Organ { get; init; }

    /// <summary>The trigger of a check nobody named otherwise (check-report).</summary>
    public const string DefaultTrigger = "report";

    /// <summary>What started the check, recorded in the run (<see cref="DefaultTrigger"/> unless told).</summary>
    public string Trigger { get; init; } = DefaultTrigger;
}
